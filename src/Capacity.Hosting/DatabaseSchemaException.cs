namespace Capacity.Hosting;

/// <summary>
/// The schema could not be installed: the server was unreachable, refused the login, or a script failed. The
/// message names host, port and database but never the password (the CLI exits 1 with it).
/// </summary>
public sealed class DatabaseSchemaException(string message, Exception? innerException = null) : Exception(message, innerException);
