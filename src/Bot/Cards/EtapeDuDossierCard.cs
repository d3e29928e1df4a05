using Conventions.Catalogue;
using Conventions.Dossiers;
using TeamsConventions.Bot.Cards.Model;
using TeamsConventions.Bot.Documents;
using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Cards;

/// <summary>
/// One step of a form (a dossier's, a convention draft's), and the editor of one row of a table. Inputs are named by the
/// fields' keys; a refused or conflicting entry is shown back as typed, with its reason right under it.
/// </summary>
public static class EtapeDuDossierCard
{
    public static AdaptiveCard Etape(Textes textes, ISaisieEnCours vue, int index, ResultatDeSaisie? retour = null, string? bandeau = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        var etape = vue.Formulaire.Etapes[index];
        var corps = new List<CardElement>(vue.Entete(textes, ValeurAffichee.Titre(etape, textes.Culture), index));
        AjouterBandeau(corps, textes, retour, bandeau, ligne: false);
        corps.Add(CardParts.Discret(textes[CleTexte.DossierLegendeObligatoire]));
        var cles = new List<string>();
        foreach (var champ in etape.Champs)
        {
            if (champ.Nature == NatureDeChamp.Tableau)
            {
                corps.AddRange(Tableau(textes, vue, etape, champ, cles));
            }
            else
            {
                corps.AddRange(Champ(textes, vue, champ, champ.Id, retour));
                cles.Add(champ.Id);
            }
        }

        AjouterResume(corps, textes, retour, etape.Champs.Select(c => (c.Id, ValeurAffichee.Libelle(c, textes.Culture))));
        var donnees = Donnees(vue, etape, cles);
        var actions = new List<CardAction>();
        if (index > 0)
        {
            actions.Add(DossierCardParts.Bouton(textes[CleTexte.BoutonPrecedent], vue.Verbe, donnees with { Aller = Deplacements.Precedente }));
        }

        actions.Add(DossierCardParts.Bouton(textes[CleTexte.BoutonEnregistrer], vue.Verbe, donnees with { Aller = Deplacements.Enregistrer }));
        actions.Add(index < vue.Formulaire.Etapes.Count - 1
            ? DossierCardParts.Bouton(textes[CleTexte.BoutonSuivant], vue.Verbe, donnees with { Aller = Deplacements.Suivante }, ActionStyle.Positive)
            : DossierCardParts.Bouton(textes[CleTexte.BoutonRecapitulatif], vue.Verbe, donnees with { Aller = Deplacements.Recapitulatif }, ActionStyle.Positive));
        return CardParts.Carte(corps, actions);
    }

    /// <summary>Adding (<paramref name="ligne"/> new) or changing one row of a table.</summary>
    public static AdaptiveCard Ligne(Textes textes, ISaisieEnCours vue, EtapeDuFormulaire etape, DefinitionDeChamp tableau, string ligne, ResultatDeSaisie? retour = null)
    {
        ArgumentNullException.ThrowIfNull(textes);
        ArgumentNullException.ThrowIfNull(vue);
        ArgumentNullException.ThrowIfNull(etape);
        ArgumentNullException.ThrowIfNull(tableau);
        var corps = new List<CardElement>(vue.Entete(textes, textes.Format(CleTexte.DossierLigneTitre, ValeurAffichee.Libelle(tableau, textes.Culture)), vue.IndexDe(etape.Id)));
        AjouterBandeau(corps, textes, retour, null, ligne: true);
        var cles = new List<string>();
        foreach (var colonne in tableau.Colonnes ?? [])
        {
            var cle = new CelluleDeTableau(tableau.Id, ligne, colonne.Id).Cle;
            corps.AddRange(Champ(textes, vue, colonne, cle, retour, colonne.Requis));
            cles.Add(cle);
        }

        AjouterResume(corps, textes, retour, (tableau.Colonnes ?? []).Select(c => (new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle, ValeurAffichee.Libelle(c, textes.Culture))));
        var donnees = Donnees(vue, etape, cles) with { Tableau = tableau.Id, Ligne = ligne };
        var sansSaisie = vue.Designation with { Etape = etape.Id, Tableau = tableau.Id, Ligne = ligne };
        var actions = new List<CardAction>
        {
            DossierCardParts.Bouton(textes[CleTexte.BoutonAnnuler], vue.Verbe, sansSaisie with { Aller = Deplacements.Etape, Vers = etape.Id, Tableau = null, Ligne = null }),
            DossierCardParts.Bouton(textes[CleTexte.BoutonEnregistrerLigne], vue.Verbe, donnees with { Aller = Deplacements.EnregistrerLigne }, ActionStyle.Positive),
        };
        if (LignesDuTableau.De(vue.Champs, tableau.Id).Contains(ligne))
        {
            actions.Insert(1, DossierCardParts.Bouton(textes[CleTexte.BoutonSupprimerLigne], vue.Verbe, sansSaisie with { Aller = Deplacements.SupprimerLigne }, ActionStyle.Destructive));
        }

        return CardParts.Carte(corps, actions);
    }

    private static DonneesDeDossier Donnees(ISaisieEnCours vue, EtapeDuFormulaire etape, List<string> cles) => vue.Designation with
    {
        Etape = etape.Id,
        Vues = cles.ToDictionary(c => c, c => DossierDeProposition.EmpreinteDe(vue.Champs.GetValueOrDefault(c)), StringComparer.Ordinal),
    };

    /// <summary>At the top: how many fields (or a row's cells) to look at again, and what was kept.</summary>
    private static void AjouterBandeau(List<CardElement> corps, Textes textes, ResultatDeSaisie? retour, string? bandeau, bool ligne)
    {
        if (retour is { EstSansReserve: false })
        {
            var nombre = retour.Erreurs.Count + retour.Conflits.Count;
            var texte = ligne
                ? textes.Nombre(CleTexte.DossierLigneAReprendreUn, CleTexte.DossierLigneAReprendrePlusieurs, nombre)
                : textes.Nombre(CleTexte.DossierAReprendreUn, CleTexte.DossierAReprendrePlusieurs, nombre);
            corps.Add(new Container([new TextBlock(texte) { Color = TextColor.Attention, Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Attention });
        }
        else if (bandeau is not null)
        {
            corps.Add(new TextBlock(bandeau) { Color = TextColor.Good, Size = TextSize.Small });
        }
    }

    /// <summary>
    /// Next to the buttons, where the press left the reader: which fields to fix, by their labels (the banner at the
    /// top and the message under each field may be out of sight once the card is redrawn).
    /// </summary>
    private static void AjouterResume(List<CardElement> corps, Textes textes, ResultatDeSaisie? retour, IEnumerable<(string Cle, string Libelle)> champs)
    {
        if (retour is not { EstSansReserve: false })
        {
            return;
        }

        var aRevoir = champs.Where(c => retour.Erreurs.ContainsKey(c.Cle) || retour.Conflits.ContainsKey(c.Cle)
                || retour.Erreurs.Keys.Concat(retour.Conflits.Keys).Any(k => k.StartsWith(c.Cle + ".", StringComparison.Ordinal)))
            .Select(c => c.Libelle).ToList();
        if (aRevoir.Count > 0)
        {
            corps.Add(new TextBlock(textes.Format(CleTexte.DossierResumeARevoir, string.Join(" ; ", aRevoir))) { Color = TextColor.Attention, Weight = TextWeight.Bolder, Wrap = true });
        }
    }

    private static IEnumerable<CardElement> Champ(Textes textes, ISaisieEnCours vue, DefinitionDeChamp champ, string cle, ResultatDeSaisie? retour, bool requis = false)
    {
        var stockee = vue.Champs.GetValueOrDefault(cle);
        var valeur = Borner(retour?.NonEnregistrees.GetValueOrDefault(cle), champ) ?? ValeurAffichee.Saisissable(champ, stockee, textes.Culture);
        var libelle = ValeurAffichee.Libelle(champ, textes.Culture) + (requis || vue.EstObligatoire(cle) ? " *" : string.Empty);
        yield return champ.Nature switch
        {
            NatureDeChamp.Date => new InputDate
            {
                Id = cle,
                Label = libelle,
                Value = valeur,
                Min = Iso(vue.Bornes(champ).Min),
                Max = Iso(vue.Bornes(champ).Max),
            },
            NatureDeChamp.Choix => new InputChoiceSet([.. vue.Formulaire.OptionsDe(champ).Select(o => new Choice(textes.EstAnglais ? o.Label : o.Libelle, o.Code))])
            {
                Id = cle,
                Label = libelle,
                Value = valeur,
                IsMultiSelect = !champ.Unique,
                Style = "expanded",
            },
            _ => new InputText
            {
                Id = cle,
                Label = libelle,
                Value = valeur,
                IsMultiline = champ.Nature == NatureDeChamp.TexteLong ? true : null,
                MaxLength = champ.LongueurMaximale,
                Placeholder = Exemple(textes, champ.Nature),
            },
        };
        if (retour?.Erreurs.GetValueOrDefault(cle) is { } erreur)
        {
            yield return new TextBlock(textes.Erreur(erreur)) { Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None };
        }

        if (retour?.Conflits.TryGetValue(cle, out var actuelle) == true)
        {
            var affichee = actuelle.Length == 0 ? textes[CleTexte.DossierValeurVide] : ValeurAffichee.De(champ, actuelle, vue.Formulaire, textes.Culture);
            yield return new TextBlock(textes.Format(CleTexte.DossierConflit, affichee)) { Color = TextColor.Warning, Size = TextSize.Small, Spacing = Spacing.None };
        }
    }

    private static IEnumerable<CardElement> Tableau(Textes textes, ISaisieEnCours vue, EtapeDuFormulaire etape, DefinitionDeChamp tableau, List<string> clesDeLEtape)
    {
        yield return CardParts.SousTitre(ValeurAffichee.Libelle(tableau, textes.Culture) + (vue.EstObligatoire(tableau.Id) ? " *" : string.Empty));
        var lignes = LignesDuTableau.De(vue.Champs, tableau.Id);
        if (lignes.Count == 0)
        {
            yield return CardParts.Discret(textes[CleTexte.DossierTableauVide]);
        }

        var colonnes = tableau.Colonnes ?? [];
        foreach (var ligne in lignes)
        {
            var resume = string.Join(" · ", colonnes.Take(3)
                .Select(c => Abreger(ValeurAffichee.De(c, vue.Champs.GetValueOrDefault(new CelluleDeTableau(tableau.Id, ligne, c.Id).Cle), vue.Formulaire, textes.Culture)))
                .Where(v => v.Length > 0));
            yield return new ColumnSet(
            [
                new Column([new TextBlock(resume)]),
                new Column([new ActionSet([DossierCardParts.Bouton(textes[CleTexte.BoutonModifierLigne], vue.Verbe, Donnees(vue, etape, clesDeLEtape) with { Tableau = tableau.Id, Ligne = ligne, Aller = Deplacements.ModifierLigne })])]) { Width = "auto" },
            ])
            { Separator = true };
        }

        yield return new ActionSet([DossierCardParts.Bouton(textes[CleTexte.BoutonAjouterLigne], vue.Verbe, Donnees(vue, etape, clesDeLEtape) with { Tableau = tableau.Id, Aller = Deplacements.AjouterLigne })]);
    }

    /// <summary>A row's summary shows the start of each value: thirty rows must fit in one card.</summary>
    private static string Abreger(string valeur) => valeur.Length <= 40 ? valeur : string.Concat(valeur.AsSpan(0, 39), "…");

    /// <summary>What was typed is shown back as is, except beyond the field's length (only a forged card sends that).</summary>
    private static string? Borner(string? valeur, DefinitionDeChamp champ) =>
        valeur is { Length: > 0 } && valeur.Length > champ.LongueurMaximale ? valeur[..champ.LongueurMaximale] : valeur;

    private static string? Iso(DateOnly? jour) => jour?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Exemple(Textes textes, NatureDeChamp nature) => nature switch
    {
        NatureDeChamp.Mail => textes[CleTexte.ExempleMail],
        NatureDeChamp.Telephone => textes[CleTexte.ExempleTelephone],
        NatureDeChamp.Bce => textes[CleTexte.ExempleBce],
        NatureDeChamp.Nombre => textes[CleTexte.ExempleNombre],
        NatureDeChamp.Montant => textes[CleTexte.ExempleMontant],
        _ => null,
    };
}
