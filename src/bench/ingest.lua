-- The filing ingest's timed phase, sent by wrk (decision 0068): the same lean client that measures
-- the static ceiling, so that the ratio compares the server's work and not two clients' costs.
-- IngestDriver signs the members in, warms the server up, writes one request a line to a file
-- (method, path, session id, JSON body; tab-separated) and runs
--   wrk -t1 -c64 -d<long> -s ingest.lua <base> -- <file> <kind>
-- with kind "put" (one filing a request, answered 200 with "status":"SUBMITTED") or "batch" (several
-- years, answered 207 with "submitted":N). Each line is sent once. One wrk thread, so this script
-- sees every answer and knows when the last one came; it then prints the result and stops its
-- thread, and the driver, reading that line, ends wrk (whose main thread would otherwise sleep out
-- -d). An idle connection waits (delay) once every line is taken, so nothing else loads the server
-- while the last answers come in.
local ffi = require("ffi")
ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } ingest_timespec;
    int clock_gettime(int clock, ingest_timespec *now);
]]
local MONOTONIC = 1

local function seconds()
    local now = ffi.new("ingest_timespec")
    ffi.C.clock_gettime(MONOTONIC, now)
    return tonumber(now.tv_sec) + tonumber(now.tv_nsec) / 1e9
end

local lines, kind = {}, "put"
local reserved, sent, answered, filings, failed = 0, 0, 0, 0, 0
local started, finished
local failures = {}

function init(args)
    kind = args[2] or kind
    for line in io.lines(args[1]) do
        local method, path, session, body = line:match("^(%u+)\t([^\t]+)\t([^\t]+)\t(.*)$")
        lines[#lines + 1] = wrk.format(method, path, {
            ["Content-Type"] = "application/json",
            ["Accept-Language"] = "en",
            ["Cookie"] = "JSESSIONID=" .. session,
        }, body)
    end
end

function delay()
    -- Called before each request: a line is reserved here, taken in request().
    if reserved < #lines then
        reserved = reserved + 1
        return 0
    end
    return 3600000
end

function request()
    -- wrk calls this once before any delay() to see how many requests a call returns (pipelining):
    -- that call gets the first line without taking it.
    if reserved == sent then
        return lines[1]
    end
    if sent == 0 then
        started = seconds()
    end
    sent = sent + 1
    return lines[sent]
end

function response(status, headers, body)
    answered = answered + 1
    if kind == "batch" and status == 207 then
        filings = filings + tonumber(body:match('"submitted":(%d+)') or "0")
    elseif kind == "put" and status == 200 and body:find('"status":"SUBMITTED"', 1, true) then
        filings = filings + 1
    else
        failed = failed + 1
        local what = "HTTP " .. status
        failures[what] = (failures[what] or 0) + 1
    end
    if answered == #lines then
        finished = seconds()
        for what, count in pairs(failures) do
            io.write(string.format("WRK failure x%d: %s\n", count, what))
        end
        io.write(string.format("WRK ingest: %d requests answered, %d filings acknowledged, %d requests failed, in %.3f s\n",
            answered, filings, failed, finished - started))
        io.flush()
        wrk.thread:stop()
    end
end
