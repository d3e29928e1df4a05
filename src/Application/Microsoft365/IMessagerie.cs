namespace TeamsConventions.Application.Microsoft365;

/// <summary>E-mail sent from the organisation's mailbox (the secretariat's), for people Teams cannot reach.</summary>
public interface IMessagerie
{
    /// <exception cref="ServiceExterneException">The mailbox refuses or cannot be reached.</exception>
    Task EnvoyerAsync(CourrielAEnvoyer courriel, CancellationToken cancellationToken);
}

/// <summary>One e-mail: to one address, its subject, its body as HTML (already encoded) and as plain text.</summary>
public sealed record CourrielAEnvoyer(string A, string Objet, string Html, string Texte);
