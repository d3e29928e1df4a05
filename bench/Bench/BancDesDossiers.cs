using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Microsoft.Extensions.Options;
using TeamsConventions.Bot.Cards;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;
using TeamsConventions.Bot.Storage;
using TeamsConventions.Bot.Teams.Schema;
using TeamsConventions.Testing;

namespace TeamsConventions.Bench;

/// <summary>
/// Saving a step of a dossier ("Enregistrer" on step 1, two fields changed out of twelve) from 8 concurrent editors
/// on 50 dossiers, against the bot in its own process; the largest card of a dossier filled to the brim (thirty rows
/// per table, every text at its maximum); the Word document's generation time. With <c>--conventions</c>, in the same
/// run against the same bot: a signature press (a designated signatory signs, 8 at a time, each on their own
/// convention's slot) beside the step save, and the Word document of a convention with 30 fiches-actions.
/// </summary>
internal static class BancDesDossiers
{
    private const int Dossiers = 50;
    private const int Editeurs = 8;
    private const int Sauvegardes = 2_000;
    private const int Documents = 200;

    private const int Signatures = 1_200;
    private const int Fiches = 30;

    public static async Task<int> ExecuterAsync(bool conventions = false)
    {
        var catalogue = CatalogueDesConventions.Charger();
        var formulaire = catalogue.Formulaires["initiative-locale"];
        var appel = new AppelAProjets("banc", "Appel du banc", "initiative-locale", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(60));
        var (carteMax, nomMax) = PlusGrandeCarte(catalogue, formulaire, appel);
        var (docP50, docP99, docOctets) = Generation(catalogue, formulaire, appel);

        var dll = Banc.Construire();
        await using var azurite = await Azurite.DemarrerAsync();
        await using var canal = await FakeChannel.DemarrerAsync();
        var ids = await CreerAsync(azurite, appel);
        var aSigner = conventions ? await ConventionsASignerAsync(azurite, catalogue, Signatures / 3) : [];
        var portBot = FreePort.Trouver();
        var environnement = Banc.Environnement(azurite);
        environnement["Dossiers__Appels__0__Id"] = appel.Id;
        environnement["Dossiers__Appels__0__Titre"] = appel.Titre;
        environnement["Dossiers__Appels__0__Type"] = appel.TypeDeConvention;
        environnement["Dossiers__Appels__0__Ouverture"] = appel.Ouverture.UtcDateTime.ToString("s", CultureInfo.InvariantCulture);
        environnement["Dossiers__Appels__0__Cloture"] = appel.Cloture.UtcDateTime.ToString("s", CultureInfo.InvariantCulture);
        foreach (var cle in new[] { "EquipeDesAnalystes", "CanalDesAnalystes", "EquipeDuComite", "CanalDuComite", "EquipeDuComiteQuiDecide", "CanalDuComiteQuiDecide" })
        {
            environnement[$"Dossiers__Appels__0__{cle}"] = "19:banc@thread.tacv2";
        }

        using var bot = Banc.Lancer("dotnet", [dll, "--urls", $"http://127.0.0.1:{portBot}"], environnement);
        try
        {
            await FreePort.AttendreAsync(portBot, TimeSpan.FromSeconds(60), "The bot");
            var derniers = new ConcurrentDictionary<int, string>();
            var numero = 0;
            JsonObject Sauvegarde() => Enregistrer(canal.ServiceUrl, ids, Interlocked.Increment(ref numero), derniers);
            var cible = new Uri($"http://127.0.0.1:{portBot}/");
            await Charge.EnvoyerAsync(cible, Sauvegarde, 200, Editeurs);
            var mesure = await Charge.EnvoyerAsync(cible, Sauvegarde, Sauvegardes, Editeurs);
            if (conventions)
            {
                var appui = -1;
                var signature = await Charge.EnvoyerAsync(cible, () => Signer(canal.ServiceUrl, aSigner, Interlocked.Increment(ref appui)), Signatures, Editeurs);
                var (convP50, convP99, convOctets) = GenerationDUneConvention(catalogue);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                    TeamsConventions convention benchmark — {Environment.ProcessorCount} cores
                    (bot: Release, own process, Development/anonymous; Azurite in memory; both measures in this run)

                    saving a dossier's step ({Editeurs} concurrent editors, {Sauvegardes:N0} saves)      p50 {mesure.P50Ms:F2} ms   p99 {mesure.P99Ms:F2} ms   failures {mesure.Echecs}
                    a signature press ({Editeurs} concurrent signatories, {Signatures:N0} signatures)     p50 {signature.P50Ms:F2} ms   p99 {signature.P99Ms:F2} ms   failures {signature.Echecs}
                      ratio of the p50s: {signature.P50Ms / mesure.P50Ms:F2}×   (target: ≤ 1.5×)
                    Word document of a convention with {Fiches} fiches-actions ({Documents} generations, {convOctets:N0} bytes)
                      p50 {convP50:F1} ms   p99 {convP99:F1} ms   (target: p99 ≤ 300 ms)
                    """));
                return mesure.Echecs + signature.Echecs == 0 ? 0 : 1;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                TeamsConventions dossier benchmark — {Environment.ProcessorCount} cores
                (bot: Release, own process, Development/anonymous; Azurite in memory)

                saving a step ({Editeurs} concurrent editors, {Dossiers} dossiers, {Sauvegardes:N0} saves after 200 of warm-up)
                  p50 {mesure.P50Ms:F2} ms   p99 {mesure.P99Ms:F2} ms   {mesure.ParSeconde:F0} saves/s   failures {mesure.Echecs}   (targets: p50 ≤ 30 ms, p99 ≤ 100 ms)
                largest card of a full dossier (30 rows per table, every text at its maximum)
                  {carteMax:N0} bytes ({nomMax})   (target: ≤ 28,672 bytes)
                Word document of that dossier ({Documents} generations, {docOctets:N0} bytes)
                  p50 {docP50:F1} ms   p99 {docP99:F1} ms   (target: ≤ 200 ms)
                """));
            return mesure.Echecs == 0 ? 0 : 1;
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
        }
    }

    private static async Task<List<DossierId>> CreerAsync(Azurite azurite, AppelAProjets appel)
    {
        var service = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString);
        var noms = new TableNames(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "bench" }));
        foreach (var table in noms.Toutes)
        {
            await service.CreateTableIfNotExistsAsync(table);
        }

        var depot = new DossiersStockes(service, noms, TimeProvider.System);
        var ids = new List<DossierId>();
        for (var i = 0; i < Dossiers; i++)
        {
            var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Editeur(i), DateTimeOffset.UtcNow);
            await depot.EnregistrerAsync(dossier, null, CancellationToken.None);
            ids.Add(dossier.Id);
        }

        return ids;
    }

    /// <summary>Step 1 as an editor sends it: its twelve inputs, two of them changed since the last save.</summary>
    private static JsonObject Enregistrer(string serviceUrl, List<DossierId> ids, int numero, ConcurrentDictionary<int, string> derniers)
    {
        var i = numero % ids.Count;
        var adresse = $"Rue Haute {numero}, 4100 Seraing";
        var precedente = derniers.GetValueOrDefault(i);
        derniers[i] = adresse;
        var donnees = new JsonObject
        {
            ["_dossier"] = ids[i].ToString(),
            ["_etape"] = "cpas",
            ["_aller"] = Deplacements.Enregistrer,
            ["_vues"] = new JsonObject
            {
                ["identification.cpas.adresse"] = DossierDeProposition.EmpreinteDe(precedente),
                ["identification.cpas.contact.fonction"] = DossierDeProposition.EmpreinteDe(precedente is null ? null : "Coordinatrice"),
            },
            ["identification.cpas.nom"] = "CPAS de Seraing",
            ["identification.cpas.adresse"] = adresse,
            ["identification.cpas.contact.fonction"] = "Coordinatrice",
            ["identification.cpas.contact.mail"] = "sophie.lambert@cpas-seraing.be",
            ["identification.cpas.contact.telephone"] = "04 330 86 11",
        };
        donnees["_vues"]!["identification.cpas.nom"] = DossierDeProposition.EmpreinteDe(precedente is null ? null : "CPAS de Seraing");
        donnees["_vues"]!["identification.cpas.contact.mail"] = DossierDeProposition.EmpreinteDe(precedente is null ? null : "sophie.lambert@cpas-seraing.be");
        donnees["_vues"]!["identification.cpas.contact.telephone"] = DossierDeProposition.EmpreinteDe(precedente is null ? null : "04 330 86 11");
        var activite = Activities.Action(serviceUrl, Verbes.Dossier, donnees: donnees);
        activite["from"] = new JsonObject { ["id"] = $"29:editeur-{i}", ["aadObjectId"] = Editeur(i).ToString() };
        return activite;
    }

    private static (int Octets, string Nom) PlusGrandeCarte(CatalogueDesConventions catalogue, FormulaireDeDossier formulaire, AppelAProjets appel)
    {
        var vue = new VueDuDossier(Plein(formulaire, appel), formulaire, catalogue.Type(appel.TypeDeConvention), appel);
        var lien = new Uri("https://teamsconventions.example/dossiers/x/document?v=y&exp=1&sig=z");
        var cartes = formulaire.Etapes.Select((e, i) => (e.Id, EtapeDuDossierCard.Etape(Textes.Francais, vue, i)))
            .Append(("recapitulatif", RecapitulatifDuDossierCard.Composer(Textes.Francais, vue, ["vous"], lien)))
            .Append(("analyse", AnalyseDuDossierCard.Composer(Textes.Francais, vue, "Sophie Lambert", lien)));
        return cartes.Select(c => (Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(c.Item2, ProtocolJson.Options)), c.Item1)).MaxBy(c => c.Item1);
    }

    private static (double P50, double P99, int Octets) Generation(CatalogueDesConventions catalogue, FormulaireDeDossier formulaire, AppelAProjets appel)
    {
        var dossier = Plein(formulaire, appel);
        var type = catalogue.Type(appel.TypeDeConvention);
        var octets = DocumentDuDossier.Generer(dossier, formulaire, type, appel).Length;
        var durees = new double[Documents];
        for (var i = 0; i < Documents; i++)
        {
            var debut = Stopwatch.GetTimestamp();
            DocumentDuDossier.Generer(dossier, formulaire, type, appel);
            durees[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
        }

        Array.Sort(durees);
        return (durees[Documents / 2], durees[(int)(Documents * 0.99) - 1], octets);
    }

    private static DossierDeProposition Plein(FormulaireDeDossier formulaire, AppelAProjets appel)
    {
        var dossier = DossierDeProposition.Creer(DossierId.Nouveau(), appel, Editeur(0), appel.Ouverture.AddDays(1));
        dossier.Saisir([.. ValeursDeDossier.Toutes(formulaire, appel, lignes: 30, longueur: 5000).Select(v => new Saisie(v.Key, v.Value, null))], formulaire, appel, Editeur(0));
        return dossier;
    }

    /// <summary>Conventions of a local initiative drawn up and their three signatories designated (members 1001…), ready to be signed.</summary>
    private static async Task<List<Conventions.Accords.Convention>> ConventionsASignerAsync(Azurite azurite, CatalogueDesConventions catalogue, int nombre)
    {
        var service = new Azure.Data.Tables.TableServiceClient(azurite.ConnectionString);
        var noms = new TableNames(Options.Create(new StorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "bench" }));
        var depot = new ConventionsStockees(service, noms, catalogue, new EcheancesIndexees(service, noms), TimeProvider.System);
        var type = catalogue.Type("initiative-locale");
        var parametres = new Conventions.Calendrier.ParametresDeDuree(PeriodeProposee: new Conventions.Valeurs.Periode(DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2)));
        var referent = new Conventions.Accords.Referent("Sophie Lambert", Conventions.Valeurs.AdresseMail.Depuis("sophie.lambert@cpas-seraing.be"), Conventions.Valeurs.Telephone.Depuis("04 330 86 11"));
        var creees = new List<Conventions.Accords.Convention>();
        for (var i = 0; i < nombre; i++)
        {
            Conventions.Accords.Partie[] parties = [new("Forem", "Le Forem", referent), new("Cpas", $"CPAS n° {i}", referent)];
            var convention = Conventions.Accords.Convention.Rediger(
                Conventions.Accords.ConventionId.Nouveau(), type, parties, parametres, Conventions.Accords.Convention.EmpreinteDuContenu(type, parties, parametres, []), Editeur(0), DateTimeOffset.UtcNow);
            convention.DesignerSignataires([.. convention.SignaturesRequises().Select((r, n) => new Conventions.Accords.Designation(r.Partie, r.Fonction, Membre(1001 + n), $"Signataire {n}"))], Editeur(0), DateTimeOffset.UtcNow);
            await depot.EnregistrerAsync(convention, null, CancellationToken.None);
            creees.Add(convention);
        }

        return creees;
    }

    /// <summary>
    /// Press <paramref name="numero"/>: on convention <c>numero % count</c>, the signatory of its next slot presses
    /// « Signer » — consecutive presses land on different conventions, as signatories of one convention rarely press
    /// in the same millisecond.
    /// </summary>
    private static JsonObject Signer(string serviceUrl, List<Conventions.Accords.Convention> conventions, int numero)
    {
        var convention = conventions[numero % conventions.Count];
        var rang = numero / conventions.Count % 3;
        var designation = convention.Designations[rang];
        var donnees = new JsonObject
        {
            ["_convention"] = convention.Id.ToString(), ["_aller"] = DeplacementsDeLaConvention.Signer, ["_partie"] = designation.Partie, ["_fonction"] = designation.Fonction,
            ["_empreinte"] = convention.EmpreinteEnVigueur, [DeplacementsDeLaConvention.ChampLieu] = "Namur",
        };
        var activite = Activities.Action(serviceUrl, Verbes.Convention, donnees: donnees);
        // A person's Teams id is the same at every press (one per signatory, as their Entra id).
        activite["from"] = new JsonObject { ["id"] = $"29:signataire-{rang}", ["aadObjectId"] = designation.Signataire.ToString() };
        return activite;
    }

    private static (double P50, double P99, int Octets) GenerationDUneConvention(CatalogueDesConventions catalogue)
    {
        var type = catalogue.Type("cooperation-forem-cpas");
        var referent = new Conventions.Accords.Referent("Sophie Lambert", Conventions.Valeurs.AdresseMail.Depuis("sophie.lambert@cpas-seraing.be"), Conventions.Valeurs.Telephone.Depuis("04 330 86 11"));
        var themes = type.Sections.SelectMany(t => t.Themes ?? []).ToList();
        var texte = string.Concat(Enumerable.Repeat("Accompagnement renforcé des publics communs, rencontres trimestrielles. ", 6));
        var fiches = Enumerable.Range(0, Fiches).Select(i => new Conventions.Accords.FicheAction(themes[i % themes.Count], $"Action {i + 1}", texte, texte, "Chaque trimestre", texte, "Seraing", "Public commun CPAS – Forem"));
        var convention = Conventions.Accords.Convention.Rediger(
            Conventions.Accords.ConventionId.Nouveau(), type, [new("Cpas", "CPAS de Seraing", referent), new("Forem", "Le Forem", referent)], Conventions.Calendrier.ParametresDeDuree.Aucun, "sha256:banc", Editeur(0), DateTimeOffset.UtcNow,
            fichesActions: fiches);
        var modele = ModelesDeConvention.Charger(catalogue, null, new List<string>())[type.Code];
        var octets = DocumentDeLaConvention.Generer(convention, modele, "Le Forem").Length;
        var durees = new double[Documents];
        for (var i = 0; i < Documents; i++)
        {
            var debut = Stopwatch.GetTimestamp();
            DocumentDeLaConvention.Generer(convention, modele, "Le Forem");
            durees[i] = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
        }

        Array.Sort(durees);
        return (Charge.Centile(durees, 0.5), Charge.Centile(durees, 0.99), octets);
    }

    /// <summary>Editors are numbered from 0; member ids from 1 (an all-zero id is no one).</summary>
    private static MembreId Editeur(int n) => Membre(n + 1);
}
