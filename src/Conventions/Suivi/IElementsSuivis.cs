using Conventions.Membres;

namespace Conventions.Suivi;

/// <summary>Port: the items a member follows, kept up to date by the features that create them.</summary>
public interface IElementsSuivis
{
    Task<IReadOnlyList<ElementSuivi>> ListerAsync(MembreId membre, CancellationToken cancellationToken);

    Task EnregistrerAsync(MembreId membre, ElementSuivi element, CancellationToken cancellationToken);
}
