# Workflow for R users: the country-year panel from `hague export panel --out panel.parquet`
# (or panel.rds from `hague release`). Not run in CI: R is not installed there.
library(arrow)
panel <- read_parquet("panel.parquet")
subset(panel, iso3 == "BDI" & year %in% 2016:2018)
# or: panel <- readRDS("panel.rds")
