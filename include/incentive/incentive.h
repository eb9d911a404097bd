/* incentive.h — libincentive: a month of sales exports in, each salesperson's
 * contribution, bonus, rewards and the employee of the month out.
 *
 * Include only this header.  Link with `pkg-config --cflags --libs incentive-1`.
 */
#pragma once

#define __INCENTIVE_INSIDE__

#include <incentive/incentive-macros.h>
#include <incentive/incentive-version.h>
#include <incentive/incentive-error.h>
#include <incentive/incentive-enum-types.h>
#include <incentive/incentive-plan.h>
#include <incentive/incentive-report.h>
#include <incentive/incentive-run.h>
#include <incentive/incentive-history.h>
#include <incentive/incentive-statement.h>

#undef __INCENTIVE_INSIDE__
