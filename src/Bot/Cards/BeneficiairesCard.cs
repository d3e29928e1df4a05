using Conventions.Accords;
using Conventions.Membres;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// R26 on cards, for a kind with nominative amendments: the secretariat names each party's referent in Teams; the
/// referents — and they alone — see the beneficiaries, add one with their consent, confirm the other party's, erase
/// one at their request. Nothing of a beneficiary is shown to anyone else.
/// </summary>
public static class BeneficiairesCard
{
    public const string ChampNom = "beneficiaire-nom";
    public const string ChampParcours = "beneficiaire-parcours";
    public const string ChampEntree = "beneficiaire-entree";
    public const string ChampForme = "beneficiaire-forme";
    public const string ChampConsenti = "beneficiaire-consenti";

    public static string ChampReferent(int rang) => $"referent-{rang}";

    public static string ChampNomDuReferent(int rang) => $"referent-nom-{rang}";

    /// <summary>On the secretariat's card: each party's referent in Teams (people picker and name).</summary>
    public static void Referents(List<CardElement> corps, Textes textes, Convention convention, IReadOnlyDictionary<string, string>? tapees)
    {
        ArgumentNullException.ThrowIfNull(corps);
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        if (!convention.Type.AvenantsNominatifs || convention.DateDeSignature is null)
        {
            return;
        }

        corps.Add(new TextBlock(textes[CleTexte.ReferentsTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        corps.Add(CardParts.Discret(textes[CleTexte.ReferentsIntro]));
        foreach (var (partie, rang) in convention.Parties.Select((p, i) => (p, i)))
        {
            var designe = convention.Referents.FirstOrDefault(r => r.Partie == partie.Nom);
            corps.Add(new InputChoiceSet(designe is null ? [] : [new Choice(designe.Nom, designe.Membre.ToString())])
            {
                Id = ChampReferent(rang), Label = textes.Format(CleTexte.ReferentDe, partie.Nom), Value = tapees?.GetValueOrDefault(ChampReferent(rang)) ?? designe?.Membre.ToString(), ChoicesData = DataQuery.Personnes,
            });
            corps.Add(new InputText { Id = ChampNomDuReferent(rang), Label = textes[CleTexte.ConvNomAffiche], Value = tapees?.GetValueOrDefault(ChampNomDuReferent(rang)) ?? designe?.Nom ?? partie.Referent?.Nom, MaxLength = 200 });
        }

        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonDesignerReferents], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Referents },
        }]));
    }

    /// <summary>A referent's card: the convention, its beneficiaries with where each stands, the form to add one.</summary>
    public static AdaptiveCard PourLeReferent(Textes textes, Convention convention, MembreId referent, string? message = null, bool erreur = false, IReadOnlyDictionary<string, string>? tapees = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        var moi = convention.Referents.First(r => r.Membre == referent);
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.ConvTitre, convention.Type.Intitule)),
            CardParts.Paragraphe(textes.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom)))),
            CardParts.Discret(textes.Format(CleTexte.ReferentVous, moi.Partie)),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        corps.Add(new TextBlock(textes[CleTexte.BeneficiairesTitre]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        foreach (var avenant in convention.Avenants.Where(a => a.EstNominatif).OrderByDescending(a => a.Version))
        {
            corps.AddRange(Beneficiaire(textes, convention, avenant, moi));
        }

        corps.Add(new TextBlock(textes[CleTexte.BeneficiaireAjouterTitre]) { Weight = TextWeight.Bolder, Separator = true });
        corps.Add(CardParts.Discret(textes[CleTexte.BeneficiaireIntro]));
        corps.Add(new InputText { Id = ChampNom, Label = textes[CleTexte.BeneficiaireNom], Value = tapees?.GetValueOrDefault(ChampNom), MaxLength = 120 });
        corps.Add(new InputText { Id = ChampParcours, Label = textes[CleTexte.BeneficiaireParcours], Value = tapees?.GetValueOrDefault(ChampParcours), MaxLength = 200 });
        corps.Add(new InputDate { Id = ChampEntree, Label = textes[CleTexte.BeneficiaireEntree], Value = tapees?.GetValueOrDefault(ChampEntree) });
        corps.Add(new InputChoiceSet([new Choice(textes[CleTexte.ConsentementEcrit], "ecrit"), new Choice(textes[CleTexte.ConsentementOral], "oral")])
        {
            Id = ChampForme, Label = textes[CleTexte.ConsentementForme], Value = tapees?.GetValueOrDefault(ChampForme) ?? "ecrit", Style = "compact",
        });
        corps.Add(new InputToggle(textes[CleTexte.ConsentementDonne]) { Id = ChampConsenti, Value = tapees?.GetValueOrDefault(ChampConsenti) ?? "false", ValueOn = "true", ValueOff = "false" });
        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonAjouterBeneficiaire], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Beneficiaire },
        }]));
        return CardParts.Carte(corps);
    }

    private static IEnumerable<CardElement> Beneficiaire(Textes textes, Convention convention, Avenant avenant, ReferentDansTeams moi)
    {
        if (avenant.Beneficiaire is not { } b)
        {
            yield return CardParts.Discret(textes.Format(CleTexte.BeneficiaireEfface, avenant.Numero, avenant.EffaceLe ?? default));
            yield break;
        }

        yield return new TextBlock($"{b.Nom} — {b.Parcours}") { Weight = TextWeight.Bolder, Wrap = true, Separator = true };
        yield return CardParts.Discret(textes.Format(CleTexte.BeneficiaireDetails, b.Entree, b.Consentement.Le, b.Consentement.Forme == "oral" ? textes[CleTexte.ConsentementOral] : textes[CleTexte.ConsentementEcrit]));
        yield return CardParts.Discret(avenant.EnVigueur ? textes[CleTexte.BeneficiaireConfirme] : textes.Format(CleTexte.BeneficiaireEnAttente, string.Join(", ", convention.ReferentsAttendus(avenant).Select(r => r.Nom))));
        var boutons = new List<CardAction>();
        if (convention.ReferentsAttendus(avenant).Any(r => r.Membre == moi.Membre))
        {
            boutons.Add(new ActionExecute
            {
                Title = textes[CleTexte.BoutonConfirmerBeneficiaire], Verb = Verbes.Convention, Style = ActionStyle.Positive,
                Data = new DonneesDeConvention
                {
                    Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.SignerAvenant, Version = avenant.Version, Partie = moi.Partie, Fonction = Convention.FonctionDuReferent, Empreinte = avenant.Empreinte,
                },
            });
        }

        boutons.Add(new ActionExecute
        {
            Title = textes[CleTexte.BoutonEffacerBeneficiaire], Verb = Verbes.Convention, Style = ActionStyle.Destructive,
            Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.EffacerBeneficiaire, Version = avenant.Version },
        });
        yield return new ActionSet(boutons);
    }
}
