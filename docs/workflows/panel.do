* Workflow for Stata users: the country-year panel from `hague export panel --out panel.dta`
* (variable labels included). Not run in CI: Stata is not installed there.
use panel.dta, clear
describe
list iso3 year status_dec31 if iso3 == "BDI" & inrange(year, 2016, 2018)
