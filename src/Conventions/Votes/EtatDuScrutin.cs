namespace Conventions.Votes;

/// <summary>
/// A vote's life: open to ballots; closing (no new ballot is acknowledged, the ballots are being counted); closed
/// with its outcome. It only moves forward: <see cref="Ouvert"/> → <see cref="EnCloture"/> → <see cref="Clos"/>.
/// </summary>
public enum EtatDuScrutin
{
    Ouvert,
    EnCloture,
    Clos,
}
