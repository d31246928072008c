-- Issue 19, R-GOAL-1: a service log may name the leading industry of its county that it served (e.g. 温县's 四大怀药),
-- so that coverage and plug-in criteria (SPI 1.1 ServiceRecord.industries) need not guess it from the dispatch.
-- NULL for every log written before: they served what their dispatch names.
ALTER TABLE service_log ADD COLUMN industry VARCHAR(128);
