using Conventions.Accords;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>R31 on cards: the certificates of a school–partner convention, the form to draw one up, and each co-signatory's card.</summary>
public static class AttestationCard
{
    public const string ChampApprenant = "attestation-apprenant";
    public const string ChampCompetences = "attestation-competences";
    public const string ChampRole = "attestation-role";
    public const string ChampAutorite = "attestation-autorite";
    public const string ChampNomDeLAutorite = "attestation-autorite-nom";

    /// <summary>On the secretariat's card of a convention in force whose kind delivers certificates, in its variant.</summary>
    public static void Ajouter(List<CardElement> corps, Textes textes, Convention convention, string? variante, IReadOnlyDictionary<string, string>? tapees)
    {
        ArgumentNullException.ThrowIfNull(corps);
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        if (convention.DateDeSignature is null || variante is null || convention.Type.Attestations?.GetValueOrDefault(variante) is not { } regle)
        {
            return;
        }

        corps.Add(new TextBlock(textes.Format(CleTexte.AttestationsTitre, Variante(textes, variante))) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Separator = true });
        foreach (var attestation in convention.Attestations.OrderByDescending(a => a.Numero).Take(10))
        {
            corps.Add(new TextBlock(textes.Format(CleTexte.AttestationNumero, attestation.Numero, attestation.Apprenant)) { Weight = TextWeight.Bolder, Wrap = true });
            corps.Add(CardParts.Discret(Etat(textes, attestation)));
        }

        corps.Add(CardParts.Discret(textes.Format(CleTexte.AttestationIntro, string.Join(", ", regle.UnParmi.Select(r => Role(textes, r))))));
        corps.Add(new InputText { Id = ChampApprenant, Label = textes[CleTexte.AttestationApprenant], Value = tapees?.GetValueOrDefault(ChampApprenant), MaxLength = 120 });
        corps.Add(new InputText { Id = ChampCompetences, Label = textes[CleTexte.AttestationCompetences], Value = tapees?.GetValueOrDefault(ChampCompetences), IsMultiline = true, MaxLength = 2000 });
        corps.Add(new InputChoiceSet([.. regle.UnParmi.Select(r => new Choice(Role(textes, r), r))])
        {
            Id = ChampRole, Label = textes[CleTexte.AttestationAutorite], Value = tapees?.GetValueOrDefault(ChampRole) ?? regle.UnParmi[0], Style = "compact",
        });
        corps.Add(new InputChoiceSet([]) { Id = ChampAutorite, Label = textes[CleTexte.ConvPersonne], Value = tapees?.GetValueOrDefault(ChampAutorite), ChoicesData = DataQuery.Personnes });
        corps.Add(new InputText { Id = ChampNomDeLAutorite, Label = textes[CleTexte.ConvNomAffiche], Value = tapees?.GetValueOrDefault(ChampNomDeLAutorite), MaxLength = 200 });
        corps.Add(new ActionSet([new ActionExecute
        {
            Title = textes[CleTexte.BoutonEtablirAttestation], Verb = Verbes.Convention, Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Attestation },
        }]));
    }

    /// <summary>For a co-signatory: the certificate, in which role they co-sign it, Cosigner.</summary>
    public static AdaptiveCard ACosigner(Textes textes, Convention convention, Attestation attestation, Cosignataire cosignataire, Uri document, string? message = null, bool erreur = false)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(convention);
        ArgumentNullException.ThrowIfNull(attestation);
        ArgumentNullException.ThrowIfNull(cosignataire);
        var corps = new List<CardElement>
        {
            CardParts.Titre(textes.Format(CleTexte.AttestationTitre, Variante(textes, attestation.Variante), attestation.Apprenant)),
            CardParts.Paragraphe(convention.Type.Intitule),
            CardParts.Discret(textes.Format(CleTexte.ConvParties, string.Join(", ", convention.Parties.Select(p => p.Nom)))),
        };
        if (message is not null)
        {
            corps.Add(CardParts.Bandeau(message, erreur));
        }

        corps.Add(new TextBlock(attestation.Competences) { Wrap = true });
        if (attestation.SurPropositionDe is { } proposant)
        {
            corps.Add(CardParts.Discret(textes.Format(CleTexte.AttestationSurProposition, proposant)));
        }

        corps.Add(CardParts.Paragraphe(textes.Format(CleTexte.AttestationVousCosignez, Role(textes, cosignataire.Role), cosignataire.Partie ?? string.Empty).TrimEnd(' ', '—')));
        corps.Add(CardParts.Discret(Etat(textes, attestation)));
        corps.Add(CardParts.Discret(textes.Format(CleTexte.ConvEmpreinte, attestation.Empreinte)));
        var actions = new List<CardAction> { new ActionOpenUrl { Title = textes[CleTexte.BoutonConsulterDocument], Url = document } };
        if (cosignataire.Le is null)
        {
            actions.Insert(0, new ActionExecute
            {
                Title = textes[CleTexte.BoutonCosigner], Verb = Verbes.Convention, Style = ActionStyle.Positive,
                Data = new DonneesDeConvention { Convention = convention.Id.ToString(), Aller = DeplacementsDeLaConvention.Cosigner, Version = attestation.Numero, Fonction = cosignataire.Role },
            });
        }

        return CardParts.Carte(corps, actions);
    }

    /// <summary>A certificate's role (Catalogue/Types, « attestations ») as people read it.</summary>
    public static string Role(Textes textes, string role)
    {
        ArgumentNullException.ThrowIfNull(textes);
        return textes[$"Attestation.Role.{role}"];
    }

    private static string Variante(Textes textes, string variante) => textes[$"Attestation.Variante.{variante}"];

    private static string Etat(Textes textes, Attestation attestation) => attestation.Delivree
        ? textes[CleTexte.AttestationDelivree]
        : textes.Format(CleTexte.AttestationEnAttente, string.Join(", ", attestation.Cosignataires.Where(c => c.Le is null).Select(c => c.Nom)));
}
