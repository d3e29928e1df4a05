namespace TeamsConventions.Application.Microsoft365;

/// <summary>
/// A Microsoft 365 service (mail, Teams' app catalogue) refused or could not be reached. <see cref="Permanente"/>:
/// trying again cannot help until someone acts — <see cref="Reglage"/> names the setting or permission to fix.
/// </summary>
public sealed class ServiceExterneException : Exception
{
    public ServiceExterneException()
    {
    }

    public ServiceExterneException(string message)
        : base(message)
    {
    }

    public ServiceExterneException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ServiceExterneException(string? reglage, string message, bool permanente, Exception? innerException = null)
        : base(message, innerException)
    {
        Reglage = reglage;
        Permanente = permanente;
    }

    public string? Reglage { get; }

    public bool Permanente { get; }
}
