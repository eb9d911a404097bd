/* currency.c — ISO 4217 codes and the number of minor units each is paid in. */
#include "config.h"

#include <string.h>

#include "plan/plan-private.h"

/* Codes in force, by minor units; every code not listed under 0, 3 or 4 has 2. */
static const char zero_digits[] = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF";
static const char three_digits[] = "BHD IQD JOD KWD LYD OMR TND";
static const char four_digits[] = "CLF UYW";
static const char two_digits[] =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP "
  "BYN BZD CAD CDF CHE CHF CHW CNY COP COU CRC CUC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR "
  "FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW "
  "KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN "
  "NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD "
  "SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU "
  "UZS VED VES WST XCD XCG YER ZAR ZMW ZWG ZWL";

static gboolean
listed (const char *list, const char *code)
{
  if (strlen (code) != 3)
    return FALSE;
  for (const char *p = list; *p; p += 4)
    {
      if (strncmp (p, code, 3) == 0)
        return TRUE;
      if (p[3] == '\0')
        break;
    }
  return FALSE;
}

int
inc_currency_minor_digits (const char *code)
{
  if (listed (zero_digits, code))
    return 0;
  if (listed (three_digits, code))
    return 3;
  if (listed (four_digits, code))
    return 4;
  if (listed (two_digits, code))
    return 2;
  return -1;
}
