using Capacity.Cluster.Tests.Support;

// One private PostgreSQL server for the whole assembly: starting one costs a few seconds, and every test takes its
// own database from it. Tests that stop the server start their own (PrivatePostgres.StartNewAsync).
[assembly: AssemblyFixture(typeof(PrivatePostgres))]
