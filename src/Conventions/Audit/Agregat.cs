using Conventions.Membres;

namespace Conventions.Audit;

/// <summary>An aggregate whose decisions go to the audit trail, saved in the same write as the change itself.</summary>
public abstract class Agregat
{
    private readonly List<EntreeDAudit> _aJournaliser = [];

    public IReadOnlyList<EntreeDAudit> EntreesAJournaliser => _aJournaliser;

    public void MarquerJournalise() => _aJournaliser.Clear();

    protected void Journaliser(MembreId acteur, DateTimeOffset quand, string action, string objet, string details, string? empreinte = null) =>
        _aJournaliser.Add(new EntreeDAudit(quand, acteur, action, objet, details, empreinte));
}
