namespace Capacity.Results.Validation;

/// <summary>A run directory, or a file in it, is missing or cannot be read as a run of this version.</summary>
public sealed class RunDirectoryException : Exception
{
    public RunDirectoryException(string message)
        : base(message)
    {
    }

    public RunDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
