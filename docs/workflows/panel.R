# Workflow for R users: the country-year panel of a `hague release` folder, read in R.
#
#     hague release release/ --from 2016 --to 2018
#     Rscript docs/workflows/panel.R release
#
# Run in CI by tests/test_workflows.py (R and haven come from Debian: `make r`), which checks
# the Burundi rows it prints: the withdrawal notified on 2016-10-27 took effect on 2017-10-27.
args <- commandArgs(trailingOnly = TRUE)
folder <- if (length(args) > 0) args[1] else "release"
show <- c("iso3", "year", "status_dec31", "party_dec31", "days_party")

# R's own format (panel-year.rds, written by pyreadr): base R reads it.
panel <- readRDS(file.path(folder, "panel-year.rds"))
cat("panel-year.rds:", nrow(panel), "State-years\n")
print(panel[panel$iso3 == "BDI" & panel$year %in% 2016:2018, show], row.names = FALSE)

# The Stata file through haven, with its variable labels.
library(haven)
dta <- read_dta(file.path(folder, "panel-year.dta"))
cat("panel-year.dta:", nrow(dta), "State-years\n")
print(as.data.frame(dta[dta$iso3 == "BDI" & dta$year %in% 2016:2018, show]), row.names = FALSE)
cat("label of party_dec31:", attr(dta$party_dec31, "label"), "\n")

# Parquet, with the arrow package from CRAN (Debian does not package it, so CI does not run this):
# library(arrow)
# panel <- read_parquet(file.path(folder, "panel-year.parquet"))
# subset(panel, iso3 == "BDI" & year %in% 2016:2018)
