using Conventions.Calendrier;
using Conventions.Comites;
using Conventions.Seances;
using TeamsConventions.Application.Seances;
using TeamsConventions.Bot.Envois;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Teams.Schema;

namespace TeamsConventions.Bot.Handlers;

/// <summary>Approved minutes reach the committee's secretariat through the outbox, once, with the link to the approved version.</summary>
public sealed class SuitesDesSeances(BoiteDEnvoi boite, IDocumentsDesSeances documents, TimeProvider timeProvider) : ISuitesDesSeances
{
    public async Task CompteRenduApprouveAsync(Seance seance, Comite comite, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seance);
        ArgumentNullException.ThrowIfNull(comite);
        var maintenant = timeProvider.GetUtcNow();
        var lien = documents.Adresse(seance.Id, seance.EmpreinteDuContenuDuCompteRendu(), maintenant.AddDays(90));
        await boite.DeposerAsync(
            $"compte-rendu-approuve|{seance.Id}|{seance.EmpreinteDuCompteRendu}",
            SecretariatDuComite.Destinataires(comite, maintenant),
            t => Activity.Texte(t.Format(CleTexte.OdjCompteRenduApprouveAvis, Bruxelles.Jour(seance.Date), comite.Nom, lien)),
            t => t.Format(CleTexte.OdjCompteRenduTitre, Bruxelles.Jour(seance.Date), comite.Nom),
            [],
            cancellationToken);
    }
}
