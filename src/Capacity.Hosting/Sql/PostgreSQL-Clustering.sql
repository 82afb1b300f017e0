-- Capacity: Orleans ADO.NET clustering (membership protocol) for PostgreSQL, written for the query contract of
-- Microsoft.Orleans.Clustering.AdoNet 10.4.2. See ORIGIN.md.
--
-- Contract: Orleans binds parameters by name and reads result columns by name, so both are fixed; everything else
-- is ours. Every parameter is cast: a null parameter reaches PostgreSQL untyped and "$1 IS NULL" alone would fail
-- with "could not determine data type of parameter". Only parameters the 10.4.2 provider sends are referenced: a
-- name it does not send stays in the text as "@Name" (PostgreSQL's absolute-value operator) and the query fails.

-- One row per cluster (DeploymentId = ClusterId): its version is the optimistic lock of the whole membership table.
CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL,
    Timestamp timestamptz(3) NOT NULL DEFAULT now(),
    Version integer NOT NULL DEFAULT 0,
    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

-- One row per silo incarnation (address, port and generation).
CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150) NOT NULL,
    Address varchar(45) NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName varchar(150) NOT NULL,
    HostName varchar(150) NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,
    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- Insert a silo row and bump the table version, both or neither: 1 when done, 0 when the version moved on or the
-- row exists. Locking the version row first (FOR UPDATE re-checks the version after a wait) serialises concurrent
-- writers, so no exception or rollback is needed to keep the two changes together.
CREATE FUNCTION capacity_insert_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_silo_name text, p_host_name text,
    p_status integer, p_proxy_port integer, p_start_time timestamptz, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM 1 FROM OrleansMembershipVersionTable
    WHERE DeploymentId = p_deployment_id AND Version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (p_deployment_id, p_address, p_port, p_generation, p_silo_name, p_host_name, p_status, p_proxy_port,
         p_start_time, p_i_am_alive_time)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = p_deployment_id;
    RETURN 1;
END
$body$;

-- Update a silo row and bump the table version, both or neither (same locking as the insert).
CREATE FUNCTION capacity_update_membership(
    p_deployment_id text, p_address text, p_port integer, p_generation integer, p_status integer,
    p_suspect_times text, p_i_am_alive_time timestamptz, p_version integer)
RETURNS integer LANGUAGE plpgsql AS $body$
BEGIN
    PERFORM 1 FROM OrleansMembershipVersionTable
    WHERE DeploymentId = p_deployment_id AND Version = p_version
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = p_status, SuspectTimes = p_suspect_times, IAmAliveTime = p_i_am_alive_time
    WHERE DeploymentId = p_deployment_id AND Address = p_address AND Port = p_port AND Generation = p_generation;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;

    UPDATE OrleansMembershipVersionTable
    SET Version = Version + 1, Timestamp = now()
    WHERE DeploymentId = p_deployment_id;
    RETURN 1;
END
$body$;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    'InsertMembershipVersionKey',
    'WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (CAST(@DeploymentId AS varchar))
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT CAST(count(*) AS integer) AS Inserted FROM created;'
),
(
    'InsertMembershipKey',
    'SELECT capacity_insert_membership(
        CAST(@DeploymentId AS text), CAST(@Address AS text), CAST(@Port AS integer), CAST(@Generation AS integer),
        CAST(@SiloName AS text), CAST(@HostName AS text), CAST(@Status AS integer), CAST(@ProxyPort AS integer),
        CAST(@StartTime AS timestamptz), CAST(@IAmAliveTime AS timestamptz), CAST(@Version AS integer)) AS Inserted;'
),
(
    'UpdateMembershipKey',
    'SELECT capacity_update_membership(
        CAST(@DeploymentId AS text), CAST(@Address AS text), CAST(@Port AS integer), CAST(@Generation AS integer),
        CAST(@Status AS integer), CAST(@SuspectTimes AS text), CAST(@IAmAliveTime AS timestamptz),
        CAST(@Version AS integer)) AS Updated;'
),
(
    'UpdateIAmAlivetimeKey',
    'UPDATE OrleansMembershipTable
    SET IAmAliveTime = CAST(@IAmAliveTime AS timestamptz)
    WHERE DeploymentId = CAST(@DeploymentId AS varchar) AND Address = CAST(@Address AS varchar)
        AND Port = CAST(@Port AS integer) AND Generation = CAST(@Generation AS integer);'
),
(
    -- The version row comes back even when the silo has no row yet: Orleans needs the version to insert it.
    'MembershipReadRowKey',
    'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
        ON m.DeploymentId = v.DeploymentId AND m.Address = CAST(@Address AS varchar)
        AND m.Port = CAST(@Port AS integer) AND m.Generation = CAST(@Generation AS integer)
    WHERE v.DeploymentId = CAST(@DeploymentId AS varchar);'
),
(
    'MembershipReadAllKey',
    'SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
        m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = CAST(@DeploymentId AS varchar);'
),
(
    'DeleteMembershipTableEntriesKey',
    'DELETE FROM OrleansMembershipTable WHERE DeploymentId = CAST(@DeploymentId AS varchar);
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = CAST(@DeploymentId AS varchar);'
),
(
    'GatewaysQueryKey',
    'SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = CAST(@DeploymentId AS varchar) AND Status = CAST(@Status AS integer) AND ProxyPort > 0;'
),
(
    -- Status 3 is Active: only rows of silos that stopped or died, and have been quiet since the cutoff, go.
    'CleanupDefunctSiloEntriesKey',
    'DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = CAST(@DeploymentId AS varchar) AND IAmAliveTime < CAST(@IAmAliveTime AS timestamptz)
        AND Status <> 3;'
);
