/* measure.c — runs a command and reports its wall time, CPU time and peak RSS.
 *
 * The bench uses this rather than /usr/bin/time so that it needs nothing beyond the
 * compiler that builds the project, and so that every figure comes from one place:
 * wall time from CLOCK_MONOTONIC, CPU time and peak RSS from wait4()'s rusage.
 *
 * Usage: measure [--stdout FILE] COMMAND [ARG...]
 * Prints on standard error one line: "wall_s user_s sys_s max_rss_kib exit_status".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double
seconds (struct timeval tv)
{
  return (double) tv.tv_sec + (double) tv.tv_usec / 1e6;
}

int
main (int argc, char **argv)
{
  const char *stdout_file = NULL;
  int first = 1;
  if (argc > 2 && strcmp (argv[1], "--stdout") == 0)
    {
      stdout_file = argv[2];
      first = 3;
    }
  if (first >= argc)
    {
      fputs ("usage: measure [--stdout FILE] COMMAND [ARG...]\n", stderr);
      return 2;
    }

  struct timespec start, end;
  clock_gettime (CLOCK_MONOTONIC, &start);
  pid_t pid = fork ();
  if (pid < 0)
    {
      perror ("measure: fork");
      return 2;
    }
  if (pid == 0)
    {
      if (stdout_file)
        {
          int fd = open (stdout_file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
          if (fd < 0 || dup2 (fd, STDOUT_FILENO) < 0)
            {
              perror (stdout_file);
              _exit (127);
            }
          close (fd);
        }
      execvp (argv[first], argv + first);
      perror (argv[first]);
      _exit (127);
    }

  int status;
  struct rusage usage;
  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      {
        perror ("measure: wait4");
        return 2;
      }
  clock_gettime (CLOCK_MONOTONIC, &end);
  double wall = (double) (end.tv_sec - start.tv_sec) + (double) (end.tv_nsec - start.tv_nsec) / 1e9;
  int code = WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
  /* On Linux ru_maxrss is in KiB. */
  fprintf (stderr, "%.3f %.3f %.3f %ld %d\n", wall, seconds (usage.ru_utime), seconds (usage.ru_stime),
           usage.ru_maxrss, code);
  return code;
}
