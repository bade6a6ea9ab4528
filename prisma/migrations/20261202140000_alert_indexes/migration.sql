-- Two of the Alert table's five indexes that no query needs, each written at every stored alert (and the ticketId
-- one again when a delivery gives its alerts to the ticket it opened):
-- "Alert_ticketId_idx" is the prefix of "Alert_ticketId_startsAt_idx", which serves every lookup by ticket;
-- "Alert_groupKey_idx" served no query (groups are found through the Ticket table's groupKey).
DROP INDEX "Alert_ticketId_idx";
DROP INDEX "Alert_groupKey_idx";
