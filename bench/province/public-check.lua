-- wrk: GET /api/public/certificates/{number} with a number drawn at random (fixed seed) from NUMBERS,
-- a file of certificate numbers of the dataset, one per line (bench.sh writes it).
local numbers = {}
for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("id", counter) end
init = function(args) math.randomseed(1000 + id) end
request = function()
  return wrk.format("GET", "/api/public/certificates/" .. numbers[math.random(#numbers)])
end
response = function(status, headers, body)
  if status ~= 200 then io.stderr:write("status " .. status .. "\n") end
end
dofile(os.getenv("REPORT_LUA"))
