-- Capacity: Orleans ADO.NET grain storage for PostgreSQL, written for the query contract of
-- Microsoft.Orleans.Persistence.AdoNet 10.4.2. See ORIGIN.md.
--
-- Contract: the 10.4.2 provider sends @GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
-- @GrainIdExtensionString, @ServiceId and @GrainStateVersion, plus @PayloadBinary on writes (its serializer output;
-- there are no JSON or XML payload parameters any more), and reads the columns PayloadBinary, Version and
-- NewGrainStateVersion by name. Versions are the ETag: a write or clear that names a stale version changes nothing
-- and returns the old version, which the provider turns into an InconsistentStateException.

-- A grain's key is stored whole (the hashes only narrow the index). A missing key extension is stored as '' so that
-- the key can be a primary key, which also makes two first writes of the same grain race safely (one wins).
CREATE TABLE OrleansStorage
(
    ServiceId varchar(150) NOT NULL,
    GrainTypeHash integer NOT NULL,
    GrainIdHash integer NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainTypeString varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NOT NULL,
    PayloadBinary bytea NULL,
    ModifiedOn timestamptz NOT NULL,
    Version integer NOT NULL,
    CONSTRAINT PK_OrleansStorage PRIMARY KEY
        (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
(
    -- No version: the grain has never been written, so insert (a concurrent first write makes this a no-op and the
    -- NULL answer a conflict). A version: update that version only.
    'WriteToStorageKey',
    'WITH updated AS (
        UPDATE OrleansStorage
        SET PayloadBinary = CAST(@PayloadBinary AS bytea), ModifiedOn = now(), Version = Version + 1
        WHERE CAST(@GrainStateVersion AS integer) IS NOT NULL
            AND ServiceId = CAST(@ServiceId AS varchar) AND GrainTypeHash = CAST(@GrainTypeHash AS integer)
            AND GrainIdHash = CAST(@GrainIdHash AS integer) AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
            AND GrainIdN1 = CAST(@GrainIdN1 AS bigint) AND GrainTypeString = CAST(@GrainTypeString AS varchar)
            AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''')
            AND Version = CAST(@GrainStateVersion AS integer)
        RETURNING Version),
    inserted AS (
        INSERT INTO OrleansStorage
            (ServiceId, GrainTypeHash, GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeString, GrainIdExtensionString,
             PayloadBinary, ModifiedOn, Version)
        SELECT CAST(@ServiceId AS varchar), CAST(@GrainTypeHash AS integer), CAST(@GrainIdHash AS integer),
            CAST(@GrainIdN0 AS bigint), CAST(@GrainIdN1 AS bigint), CAST(@GrainTypeString AS varchar),
            COALESCE(CAST(@GrainIdExtensionString AS varchar), ''''), CAST(@PayloadBinary AS bytea), now(), 1
        WHERE CAST(@GrainStateVersion AS integer) IS NULL
        ON CONFLICT ON CONSTRAINT PK_OrleansStorage DO NOTHING
        RETURNING Version)
    SELECT COALESCE((SELECT Version FROM updated), (SELECT Version FROM inserted), CAST(@GrainStateVersion AS integer))
        AS NewGrainStateVersion;'
),
(
    'ReadFromStorageKey',
    'SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE ServiceId = CAST(@ServiceId AS varchar) AND GrainTypeHash = CAST(@GrainTypeHash AS integer)
        AND GrainIdHash = CAST(@GrainIdHash AS integer) AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
        AND GrainIdN1 = CAST(@GrainIdN1 AS bigint) AND GrainTypeString = CAST(@GrainTypeString AS varchar)
        AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''');'
),
(
    -- Clearing keeps the row with no payload and a new version, so a stale writer still conflicts afterwards.
    'ClearStorageKey',
    'UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE ServiceId = CAST(@ServiceId AS varchar) AND GrainTypeHash = CAST(@GrainTypeHash AS integer)
        AND GrainIdHash = CAST(@GrainIdHash AS integer) AND GrainIdN0 = CAST(@GrainIdN0 AS bigint)
        AND GrainIdN1 = CAST(@GrainIdN1 AS bigint) AND GrainTypeString = CAST(@GrainTypeString AS varchar)
        AND GrainIdExtensionString = COALESCE(CAST(@GrainIdExtensionString AS varchar), '''')
        AND Version = CAST(@GrainStateVersion AS integer)
    RETURNING Version AS NewGrainStateVersion;'
);
