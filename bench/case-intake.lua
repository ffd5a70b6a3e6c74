-- wrk script of bench/case-intake.sh: every request is a new report (POST /api/t/{tenant}/cases) with its
-- own Idempotency-Key, so each one creates a case (201) instead of replaying an earlier one (200). Points
-- fall at random inside the demo street's rectangle (covered by its 28 grids), so the grid is found from
-- the point (GridLocator) on every request; items rotate over event items of the disposal list, so the
-- duplicate check has realistic neighbours rather than one ever-growing pile.
-- Environment: BENCH_TOKEN (bearer token of an informant), BENCH_TENANT, BENCH_RUN (unique per run).

local token = os.getenv("BENCH_TOKEN")
local tenant = os.getenv("BENCH_TENANT") or "dalad-gongye"
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local path = "/api/t/" .. tenant .. "/cases"
local items = {}
for i = 1, 30 do
  items[#items + 1] = string.format("06%03d", i)
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  math.randomseed(os.time() * 1000 + id)
  sent = 0
  created = 0
  other = 0
end

function request()
  sent = sent + 1
  local body = string.format(
    '{"kind":"problem","itemCode":"%s","lon":%.6f,"lat":%.6f,"description":"压测上报 %s-%d-%d：路面破损，请核实"}',
    items[math.random(#items)], 110.0105 + math.random() * 0.039, 40.3855 + math.random() * 0.029, run, id, sent)
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id, sent),
  }, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if other <= 3 then
      io.stderr:write("case-intake: HTTP " .. status .. " " .. string.sub(body or "", 1, 300) .. "\n")
    end
  end
end

-- One machine-readable line: requests/s of created cases, p50 and p99 in ms, and anything that was not 201.
function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, t in ipairs(threads) do
    ok = ok + t:get("created")
    bad = bad + t:get("other")
  end
  local seconds = summary.duration / 1e6
  bad = bad + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d %d\n", ok / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, ok, bad))
end
