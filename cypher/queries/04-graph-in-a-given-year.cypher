// Title: The architecture as it stood in a given year
// Question: Which mechanisms existed in a year, and which links held then (2017 is the year of the source paper)?
// Params: {year: 2017}
MATCH (a:Mechanism|Partner)-[r]->(b:Mechanism|Partner|Pillar)
WHERE (a.established IS NULL OR a.established <= $year) AND (a.ended IS NULL OR a.ended >= $year)
  AND (b.established IS NULL OR b.established <= $year) AND (b.ended IS NULL OR b.ended >= $year)
  AND (r.since IS NULL OR r.since <= $year) AND (r.until IS NULL OR r.until >= $year)
RETURN a, r, b;
