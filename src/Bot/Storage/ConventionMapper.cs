using System.Globalization;
using Conventions.Accords;
using Conventions.Calendrier;
using Conventions.Catalogue;
using Conventions.Dossiers;
using Conventions.Membres;
using Conventions.Valeurs;
using static TeamsConventions.Bot.Storage.Colonnes;

namespace TeamsConventions.Bot.Storage;

/// <summary>Between a convention and the rows of its partition.</summary>
internal static class ConventionMapper
{
    public static List<LigneDeConventionEntity> VersLignes(ConventionEnregistree c)
    {
        var pk = c.Id.ToString();
        var lignes = new List<LigneDeConventionEntity>
        {
            new()
            {
                PartitionKey = pk, RowKey = ConventionsStockees.Racine, Type = c.Type, Version = c.Version, Empreinte = c.EmpreinteEnVigueur, EmpreinteInitiale = c.EmpreinteInitiale,
                DateDeSignature = Jour(c.DateDeSignature), Bassin = c.Bassin, Dossier = c.Dossier?.ToString(),
                AnneesDuCycle = c.Parametres.AnneesDuCycle, PeriodeDebut = Jour(c.Parametres.PeriodeProposee?.Debut), PeriodeFin = Jour(c.Parametres.PeriodeProposee?.Fin),
                PreavisEnMois = c.Parametres.PreavisEnMois, PreavisPartie = c.Preavis?.Partie, PreavisLe = Jour(c.Preavis?.DonneLe),
                PreavisForme = c.Preavis?.Forme.ToString(), PreavisMotifs = c.Preavis?.Motifs, PreavisFin = Jour(c.Preavis?.Fin), Le = c.DesignesLe,
            },
        };
        lignes.AddRange(c.Parties.Select((p, i) => new LigneDeConventionEntity
        {
            PartitionKey = pk, RowKey = $"partie-{i:D2}", Role = p.Role, Nom = p.Nom, Bce = p.Bce?.ToString(),
            ReferentNom = p.Referent?.Nom, ReferentMail = p.Referent?.Mail.Valeur, ReferentTelephone = p.Referent?.Telephone.Valeur,
        }));
        lignes.AddRange(c.FichesActions.Select((f, i) => new LigneDeConventionEntity
        {
            PartitionKey = pk, RowKey = $"fiche-{i:D3}", Theme = f.Theme, Intitule = f.Intitule, Quoi = f.Quoi, PourQuoi = f.PourQuoi,
            Quand = f.Quand, Comment = f.Comment, Ou = f.Ou, PourEtAvecQui = f.PourEtAvecQui,
        }));
        lignes.AddRange(ChampsEnMorceaux.Decouper("clauses", c.Clauses ?? new Dictionary<string, string>()).Where(_ => c.Clauses is { Count: > 0 })
            .Select(m => new LigneDeConventionEntity { PartitionKey = pk, RowKey = m.RowKey, Champs = m.Morceau }));
        lignes.AddRange((c.Redacteurs ?? []).Select((r, i) => new LigneDeConventionEntity { PartitionKey = pk, RowKey = $"redacteur-{i:D2}", Acteur = r.Membre.ToString(), Nom = r.Nom }));
        lignes.AddRange((c.Referents ?? []).Select((r, i) => new LigneDeConventionEntity { PartitionKey = pk, RowKey = $"referent-{i:D2}", Partie = r.Partie, Acteur = r.Membre.ToString(), Nom = r.Nom }));
        foreach (var a in c.Attestations ?? [])
        {
            lignes.Add(new LigneDeConventionEntity { PartitionKey = pk, RowKey = $"attestation-{a.Numero:D3}", Version = a.Numero, Objet = a.Variante, Nom = a.Apprenant, Details = a.Competences, Partie = a.SurPropositionDe });
            lignes.AddRange(a.Cosignataires.Select((cs, i) => new LigneDeConventionEntity
            {
                PartitionKey = pk, RowKey = $"cosignataire-{a.Numero:D3}-{i:D2}", Version = a.Numero, Fonction = cs.Role, Partie = cs.Partie, Acteur = cs.Membre.ToString(), Nom = cs.Nom, Le = cs.Le,
            }));
        }

        lignes.AddRange(Signatures(pk, 1, c.Signatures));
        lignes.AddRange((c.Designations ?? []).Select((d, i) => new LigneDeConventionEntity
        {
            PartitionKey = pk, RowKey = $"designation-{i:D2}", Partie = d.Partie, Fonction = d.Fonction, Acteur = d.Signataire.ToString(), Nom = d.Nom, Courriel = d.Courriel,
        }));
        if (c.Refus is { } refus)
        {
            lignes.Add(new LigneDeConventionEntity
            {
                PartitionKey = pk, RowKey = "refus", Partie = refus.Partie, Fonction = refus.Fonction, Acteur = refus.Signataire.ToString(), Objet = refus.Motif, Le = refus.Le, Empreinte = refus.Empreinte,
            });
        }
        foreach (var a in c.Avenants)
        {
            lignes.Add(new LigneDeConventionEntity
            {
                PartitionKey = pk, RowKey = $"avenant-{a.Version:D3}", Version = a.Version, Objet = a.Objet, Details = a.Texte, Empreinte = a.Empreinte, EnVigueur = a.EnVigueur,
                Nom = a.Beneficiaire?.Nom, BeneficiaireParcours = a.Beneficiaire?.Parcours, BeneficiaireEntree = Jour(a.Beneficiaire?.Entree),
                ConsentementLe = Jour(a.Beneficiaire?.Consentement.Le), Acteur = a.Beneficiaire?.Consentement.RecueilliPar.ToString(), Fonction = a.Beneficiaire?.Consentement.Forme,
                EffaceLe = Jour(a.EffaceLe),
            });
            lignes.AddRange(Signatures(pk, a.Version, a.Signatures));
        }

        lignes.AddRange(c.Evaluations.Select(e => new LigneDeConventionEntity
        {
            PartitionKey = pk, RowKey = $"evaluation-{TableKeys.Encoder(e.Reference)}", Reference = e.Reference, Due = Jour(e.Due),
            DemandeePar = e.DemandeePar, Empreinte = e.EmpreinteDuCompteRendu, ValideePar = e.ValideePar.Count == 0 ? null : string.Join('\n', e.ValideePar),
        }));
        return lignes;
    }

    public static ConventionEnregistree DepuisLignes(IReadOnlyList<LigneDeConventionEntity> lignes)
    {
        var r = lignes.Single(l => l.RowKey == ConventionsStockees.Racine);
        var avecPrefixe = (string prefixe) => lignes.Where(l => l.RowKey.StartsWith(prefixe, StringComparison.Ordinal)).OrderBy(l => l.RowKey, StringComparer.Ordinal).ToList();
        var signatures = avecPrefixe("signature-").GroupBy(l => Requise(l.Version)).ToDictionary(g => g.Key, g => g.Select(Signature).ToList());
        var periode = r.PeriodeDebut is null ? (Periode?)null : new Periode(JourDe(r.PeriodeDebut), JourDe(Requise(r.PeriodeFin)));
        return new ConventionEnregistree(
            new ConventionId(Guid.ParseExact(r.PartitionKey, "N")),
            Requise(r.Type),
            [.. avecPrefixe("partie-").Select(p => new Partie(Requise(p.Role), Requise(p.Nom), p.ReferentNom is null ? null : new Referent(p.ReferentNom, AdresseMail.Depuis(p.ReferentMail), Telephone.Depuis(p.ReferentTelephone)), p.Bce is null ? null : NumeroBce.Depuis(p.Bce)))],
            new ParametresDeDuree(r.AnneesDuCycle, periode, r.PreavisEnMois),
            r.Bassin,
            r.Dossier is null ? null : new DossierId(Guid.ParseExact(r.Dossier, "N")),
            [.. avecPrefixe("fiche-").Select(f => new FicheAction(Requise(f.Theme), Requise(f.Intitule), Requise(f.Quoi), Requise(f.PourQuoi), Requise(f.Quand), Requise(f.Comment), Requise(f.Ou), Requise(f.PourEtAvecQui)))],
            Requise(r.Version),
            Requise(r.EmpreinteInitiale),
            Requise(r.Empreinte),
            signatures.GetValueOrDefault(1) ?? [],
            r.DateDeSignature is null ? null : JourDe(r.DateDeSignature),
            [.. avecPrefixe("avenant-").Select(a => new AvenantEnregistre(
                Requise(a.Version), Requise(a.Objet), Requise(a.Empreinte),
                a.Nom is null ? null : new BeneficiaireNominatif(a.Nom, Requise(a.BeneficiaireParcours), JourDe(Requise(a.BeneficiaireEntree)), new Consentement(JourDe(Requise(a.ConsentementLe)), MembreId.Depuis(a.Acteur), a.Fonction)),
                signatures.GetValueOrDefault(Requise(a.Version)) ?? [], a.EnVigueur == true, a.Details, a.EffaceLe is null ? null : JourDe(a.EffaceLe)))],
            [.. avecPrefixe("evaluation-").Select(e => new EvaluationEnregistree(Requise(e.Reference), JourDe(Requise(e.Due)), e.DemandeePar, e.Empreinte, e.ValideePar?.Split('\n') ?? []))],
            r.PreavisPartie is null ? null : new Preavis(r.PreavisPartie, JourDe(Requise(r.PreavisLe)), Enum.Parse<FormeDuPreavis>(Requise(r.PreavisForme)), r.PreavisMotifs, JourDe(Requise(r.PreavisFin))),
            [.. avecPrefixe("designation-").Select(d => new Designation(Requise(d.Partie), Requise(d.Fonction), MembreId.Depuis(d.Acteur), Requise(d.Nom), d.Courriel))],
            lignes.FirstOrDefault(l => l.RowKey == "refus") is { } f ? new Refus(Requise(f.Partie), Requise(f.Fonction), MembreId.Depuis(f.Acteur), Requise(f.Objet), Requise(f.Le), Requise(f.Empreinte)) : null,
            r.Le,
            ChampsEnMorceaux.Recoller(lignes, "clauses", l => l.Champs),
            [.. avecPrefixe("redacteur-").Select(l => new Redacteur(MembreId.Depuis(l.Acteur), Requise(l.Nom)))],
            [.. avecPrefixe("referent-").Select(l => new ReferentDansTeams(Requise(l.Partie), MembreId.Depuis(l.Acteur), Requise(l.Nom)))],
            [.. avecPrefixe("attestation-").Select(a => new Attestation(
                Requise(a.Version), Requise(a.Objet), Requise(a.Nom), Requise(a.Details),
                [.. avecPrefixe($"cosignataire-{Requise(a.Version):D3}-").Select(cs => new Cosignataire(Requise(cs.Fonction), cs.Partie, MembreId.Depuis(cs.Acteur), Requise(cs.Nom), cs.Le))],
                a.Partie))]);
    }

    private static IEnumerable<LigneDeConventionEntity> Signatures(string pk, int version, IReadOnlyList<Signature> signatures) =>
        signatures.Select((s, i) => new LigneDeConventionEntity
        {
            PartitionKey = pk, RowKey = $"signature-{version:D3}-{i:D2}", Version = version, Partie = s.Partie, Fonction = s.Fonction,
            Acteur = s.Signataire.ToString(), Le = s.Le, Empreinte = s.Empreinte, Electronique = s.Electronique, Lieu = s.Lieu, Courriel = s.Courriel,
        });

    private static Signature Signature(LigneDeConventionEntity l) =>
        new(Requise(l.Partie), Requise(l.Fonction), MembreId.Depuis(l.Acteur), Requise(l.Le), Requise(l.Empreinte), l.Electronique == true, l.Lieu, l.Courriel);

    private static string? Jour(DateOnly? jour) => jour?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly JourDe(string texte) => DateOnly.ParseExact(texte, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
