-- wrk script: POST requests.json with a form body and a fresh Idempotency-Key per request.
local counter = 0
local body = "api_key=bench-web-key-0001&service_code=BJ-0122&description=" ..
  "%E4%BA%94%E5%9B%9B%E8%B7%AF%E5%8F%A3%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE%EF%BC%8C%E8%AF%B7%E5%B0%BD%E5%BF%AB%E7%BB%B4%E4%BF%AE" ..
  "&lat=26.09&long=119.30&first_name=%E8%8A%B3&last_name=%E6%9D%8E&phone=13900001111"

function setup(thread)
  thread:set("prefix", tostring(math.random(1, 1e9)))
end

request = function()
  counter = counter + 1
  return wrk.format("POST", "/open311/v2/requests.json", {
    ["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8",
    ["Idempotency-Key"] = "bench-" .. prefix .. "-" .. counter,
  }, body)
end

done = function(summary, latency, requests)
  io.write(string.format("non2xx=%d\n", summary.errors.status))
end
