* Workflow for Stata users: the country-year panel of a `hague release` folder (panel-year.dta,
* with variable labels), or of `hague export panel --out panel.dta`.
*
* Stata is proprietary and cannot be installed in CI, so this script is shown, not run. What it
* reads is tested instead: tests/test_workflows.py opens the release's panel-year.dta with R's
* haven (read_dta, docs/workflows/panel.R) and with pandas.read_stata, checks the variable
* labels and the same Burundi rows this script lists.
use "release/panel-year.dta", clear
describe
list iso3 year status_dec31 party_dec31 days_party if iso3 == "BDI" & inrange(year, 2016, 2018)
