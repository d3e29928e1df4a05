using System.Text;
using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Handlers;
using TeamsConventions.Bot.Hosting;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;

namespace TeamsConventions.Bot.Api;

/// <summary>
/// <c>GET /dossiers/{id}/document</c>: the Word document of the version a card linked to, for whoever holds an
/// unexpired signed link. A forged, expired or outdated link gets a page saying what to do, in both languages.
/// </summary>
public static class DocumentEndpoint
{
    public const string TypeWord = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapDocumentEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(LiensDeDocument.Chemin, async (string id, string? v, string? exp, string? sig, LiensDeDocument liens, DossiersStockes dossiers,
            AppelsAProjets appels, CatalogueDesConventions catalogue, Microsoft.Extensions.Options.IOptions<DossiersOptions> options, CancellationToken annulation) =>
        {
            switch (liens.Verifier(id, v, exp, sig))
            {
                case VerificationDuLien.Falsifie:
                    return Page(StatusCodes.Status403Forbidden, CleTexte.DocumentLienInvalide);
                case VerificationDuLien.Expire:
                    return Page(StatusCodes.Status410Gone, CleTexte.DocumentLienExpire);
            }

            if (DossierId.Lire(id) is not { } dossierId || await dossiers.ChargerAsync(dossierId, annulation) is not { Dossier: var dossier }
                || appels.Trouver(dossier.Appel) is not { } appel)
            {
                return Page(StatusCodes.Status404NotFound, CleTexte.DocumentIntrouvable);
            }

            if (dossier.EmpreinteDuContenu() != v)
            {
                return Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee);
            }

            var formulaire = catalogue.Formulaires[dossier.Type];
            var octets = DocumentDuDossier.Generer(dossier, formulaire, catalogue.Type(dossier.Type), appel, options.Value.Organisation);
            return Results.File(octets, TypeWord, NomDuFichier(formulaire.DemandeurDans(dossier.Champs), dossier.Version));
        });
        MapDocumentSigne(app, "plan", async (id, v, services, annulation) =>
            Conventions.Actions.PlanDActionsId.Lire(id) is { } planId && await services.GetRequiredService<Application.Actions.ConsulterLePlan>().ExecuterAsync(planId, annulation) is { } ouvert
                ? ouvert.Plan.EmpreinteDuContenu() != v
                    ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                    : Results.File(DocumentDuPlan.Generer(ouvert, Organisation(services)), TypeWord, $"plan-d-actions-{Invariant(ouvert.Plan.Annee)}-v{Invariant(ouvert.Plan.Version)}.docx")
                : null);
        MapDocumentSigne(app, "convention-particuliere", async (id, v, services, annulation) =>
            Conventions.Actions.ConventionParticuliereId.Lire(id) is { } cpId && await services.GetRequiredService<Application.ConventionsParticulieres.ConsulterLaConventionParticuliere>().ExecuterAsync(cpId, annulation) is { } ouverte
                ? ouverte.Projet.EmpreinteDuContenu() != v
                    ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                    : Results.File(
                        DocumentDeLaConventionParticuliere.Generer(ouverte, services.GetRequiredService<CatalogueDesConventions>().Type(ouverte.Formulaire.Cadre).Intitule, Organisation(services)), TypeWord,
                        $"convention-particuliere-{ouverte.Projet.Id.ToString()[..8]}-v{Invariant(ouverte.Projet.Version)}.docx")
                : null);
        MapDocumentSigne(app, "convention", async (id, v, services, annulation) =>
            Guid.TryParseExact(id, "N", out var guid) && await services.GetRequiredService<Application.Accords.IConventions>().ChargerAsync(new Conventions.Accords.ConventionId(guid), annulation) is { } convention
                ? convention.EmpreinteEnVigueur != v
                    ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                    : Results.File(services.GetRequiredService<Application.Classement.IRenduDesConventions>().Document(convention), TypeWord, $"convention-{id[..8]}-v{Invariant(convention.Version)}.docx")
                : null);
        MapDocumentSigne(app, "avenant", async (id, v, services, annulation) =>
            await DUneConventionAsync(id, services, annulation) is ({ } amendee, var version) && amendee.Avenants.FirstOrDefault(a => a.Version == version) is { } avenant
                ? avenant.Empreinte != v
                    ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                    : Results.File(DocumentDeLAvenant.Generer(amendee, avenant, Organisation(services)), TypeWord, $"avenant-{Invariant(avenant.Numero)}-{id[..8]}.docx")
                : null);
        MapDocumentSigne(app, "attestation", async (id, v, services, annulation) =>
            await DUneConventionAsync(id, services, annulation) is ({ } delivrante, var numero) && delivrante.Attestations.FirstOrDefault(a => a.Numero == numero) is { } attestation
                ? attestation.Empreinte != v
                    ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                    : Results.File(DocumentDeLAttestation.Generer(delivrante, attestation, Organisation(services)), TypeWord, $"attestation-{Invariant(numero)}-{id[..8]}.docx")
                : null);
        MapDocumentSigne(app, "compte-rendu", async (id, v, services, annulation) =>
        {
            if (Conventions.Seances.SeanceId.Lire(id) is not { } seanceId || await services.GetRequiredService<Application.Seances.ISeances>().ChargerAsync(seanceId, annulation) is not { } seance
                || await services.GetRequiredService<Application.Comites.IComites>().ChargerAsync(seance.Comite, annulation) is not { } comite)
            {
                return null;
            }

            return seance.EmpreinteDuContenuDuCompteRendu() != v
                ? Page(StatusCodes.Status410Gone, CleTexte.DocumentVersionRemplacee)
                : Results.File(DocumentDuCompteRendu.Generer(seance, comite, Organisation(services)), TypeWord, $"compte-rendu-{Conventions.Calendrier.Bruxelles.Jour(seance.Date).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.docx");
        });
        return app;
    }

    /// <summary>
    /// <c>GET</c> of a document whose link signs <paramref name="nature"/> with its id: a forged or expired link gets
    /// its page; <paramref name="document"/> answers for a valid one (null: there is no such document).
    /// </summary>
    /// <summary>The convention and the number an amendment's or a certificate's link names (<c>{convention}-{n}</c>); nothing when it names none.</summary>
    private static async Task<(Conventions.Accords.Convention? Convention, int Numero)> DUneConventionAsync(string id, IServiceProvider services, CancellationToken annulation) =>
        id.Split('-') is [var convention, var rang] && Guid.TryParseExact(convention, "N", out var guid) && int.TryParse(rang, System.Globalization.CultureInfo.InvariantCulture, out var numero)
            ? (await services.GetRequiredService<Application.Accords.IConventions>().ChargerAsync(new Conventions.Accords.ConventionId(guid), annulation), numero)
            : (null, 0);

    private static void MapDocumentSigne(IEndpointRouteBuilder app, string nature, Func<string, string?, IServiceProvider, CancellationToken, Task<IResult?>> document) =>
        app.MapGet("/" + string.Format(System.Globalization.CultureInfo.InvariantCulture, LiensDeDocument.Chemins[nature], "{id}"), async (string id, string? v, string? exp, string? sig, LiensDeDocument liens, HttpContext contexte, CancellationToken annulation) =>
            liens.Verifier(LiensDeDocument.ObjetSigne(nature, id), v, exp, sig) switch
            {
                VerificationDuLien.Falsifie => Page(StatusCodes.Status403Forbidden, CleTexte.DocumentLienInvalide),
                VerificationDuLien.Expire => Page(StatusCodes.Status410Gone, CleTexte.DocumentLienExpire),
                _ => await document(id, v, contexte.RequestServices, annulation) ?? Page(StatusCodes.Status404NotFound, CleTexte.DocumentIntrouvable),
            });

    private static string? Organisation(IServiceProvider services) => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DossiersOptions>>().Value.Organisation;

    private static string Invariant(int nombre) => nombre.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ASCII only, so that every browser and mail client keeps it: "dossier-cpas-de-seraing-v2.docx".</summary>
    private static string NomDuFichier(string? cpas, int version)
    {
        var nom = new StringBuilder("dossier");
        foreach (var c in (cpas ?? string.Empty).Normalize(NormalizationForm.FormD).Where(char.IsAscii))
        {
            var lettre = char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-';
            if (nom.Length < 60 && !(lettre == '-' && nom[^1] == '-'))
            {
                nom.Append(nom.Length == 7 && lettre != '-' ? "-" : string.Empty).Append(lettre);
            }
        }

        return $"{nom.ToString().TrimEnd('-')}{(version > 0 ? $"-v{version}" : "-brouillon")}.docx";
    }

    private static IResult Page(int statut, string cle) =>
        Results.Text($"{Textes.Francais[cle]}\n\n{Textes.Anglais[cle]}\n", "text/plain; charset=utf-8", Encoding.UTF8, statut);
}
