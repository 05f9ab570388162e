-- wrk script: searches the page cache cannot answer. Each request asks a query no request asked
-- before: a real question, in one of the four languages, plus a word of its own ("n123") that
-- matches nothing, so the results are those of the question. One connection: the latency of
-- one search at a time, not of a queue.
dofile("bench/report.lua")

local questions = {
  "/nl/search/?q=belasting+grensarbeider",
  "/de/search/?q=Grenzg%C3%A4nger+Steuern",
  "/en/search/?q=where+do+I+pay+tax+if+I+live+in+Belgium",
  "/fr/search/?q=assurance+maladie+frontalier",
  "/nl/search/?q=als+ik+in+duitsland+woon+en+in+nederland+werk",
  "/de/search/?q=Kindergeld+zwei+L%C3%A4nder",
  "/en/search/?q=cross-border+worker+health+insurance",
  "/fr/search/?q=demander+un+BSN",
}
local counter = 0

request = function()
  counter = counter + 1
  local path = questions[(counter % #questions) + 1] .. "+n" .. counter
  return wrk.format("GET", path)
end
