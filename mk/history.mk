# The history store, `incentive close` and `incentive history`, customer work.
