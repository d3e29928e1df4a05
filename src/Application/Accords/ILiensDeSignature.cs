using Conventions.Accords;

namespace TeamsConventions.Application.Accords;

/// <summary>The signing links sent by e-mail, each found by its id (the hash of the secret the link carries).</summary>
public interface ILiensDeSignature
{
    Task EnregistrerAsync(LienDeSignature lien, CancellationToken cancellationToken);

    Task<LienDeSignature?> ChargerAsync(string id, CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="modification"/> and stores the link, re-read and re-applied when someone changed it meanwhile; null when gone.</summary>
    Task<LienDeSignature?> ModifierAsync(string id, Action<LienDeSignature> modification, CancellationToken cancellationToken);
}
