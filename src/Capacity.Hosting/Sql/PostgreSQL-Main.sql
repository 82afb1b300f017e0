-- Capacity: the table Orleans reads its ADO.NET queries from (run first).
-- Orleans' ADO.NET providers issue no SQL of their own apart from "SELECT QueryKey, QueryText FROM OrleansQuery":
-- every operation is a row here, keyed by a name the provider looks up, and bound by parameter names
-- (@DeploymentId, @GrainIdHash, ...). The table name and both column names are fixed by Orleans. See ORIGIN.md.
CREATE TABLE OrleansQuery
(
    QueryKey varchar(64) NOT NULL,
    QueryText varchar(8000) NOT NULL,
    CONSTRAINT OrleansQuery_Key PRIMARY KEY (QueryKey)
);
