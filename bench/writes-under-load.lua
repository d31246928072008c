-- wrk script of bench/writes-under-load.sh: every request a new record, so none is refused as a duplicate.
-- MODE "logs": POST /api/logs, half a day each; thread t (1 or 2) takes the t-th half of a day, and each thread walks
-- specialist by specialist, then day by day backwards from FIRST_DAY, so no specialist is in the field more than a day a
-- day (R-SVC-1's "one place a day") and no date lies in the future.
-- MODE "specialists": POST /api/specialists, a new candidate each time.
-- SPECIALISTS, RECIPIENT, UNIT, FIRST_DAY, MODE and AUTH are prepended by the shell script.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("half", threads)
end

local n = 0
function request()
  n = n + 1
  local headers = { ["Content-Type"] = "application/json", ["Authorization"] = AUTH }
  if MODE == "specialists" then
    local body = string.format('{"name":"压测专家%d-%d","unitCode":"%s","titleLevel":"INTERMEDIATE","title":"农艺师",'
      .. '"degree":"BACHELOR","fields":["小麦良种繁育"],"sectors":[],"chainSegments":[],"tierId":"city",'
      .. '"classification":"PUBLIC_WELFARE","counties":["wuzhi"],"phone":"","email":"",'
      .. '"serviceExperience":"三年小麦良种推广","eligibilityException":"","status":"CANDIDATE"}', half, n, UNIT)
    return wrk.format("POST", "/api/specialists", headers, body)
  end
  local specialist = SPECIALISTS[(n - 1) % #SPECIALISTS + 1]
  local day = os.date("!%Y-%m-%d", FIRST_DAY - math.floor((n - 1) / #SPECIALISTS) * 86400)
  local body = string.format('{"specialistId":%d,"county":"wuzhi","recipientIds":[%d],"startDate":"%s",'
    .. '"fieldDays":0.5,"kind":"TECHNICAL_GUIDANCE","description":"压测：田间指导 %d-%d","outcomes":{}}',
    specialist, RECIPIENT, day, half, n)
  return wrk.format("POST", "/api/logs", headers, body)
end
