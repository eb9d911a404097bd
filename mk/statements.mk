# Statements, `incentive explain`, report.html.
