using Conventions.Erreurs;
using Conventions.Suivi;

namespace Conventions.Tests.Suivi;

public sealed class TableauDeBordPersonnelTests
{
    private static readonly DateTimeOffset Maintenant = new(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Composer_WaitingItems_MostUrgentFirstAndUndatedLast()
    {
        var tableau = TableauDeBordPersonnel.Composer(
        [
            Element("sans date", EtatElement.ActionAttendue, null),
            Element("dans 10 jours", EtatElement.ActionAttendue, Maintenant.AddDays(10)),
            Element("en retard", EtatElement.ActionAttendue, Maintenant.AddDays(-2)),
            Element("demain", EtatElement.ActionAttendue, Maintenant.AddDays(1)),
        ]);

        Assert.Equal(["en retard", "demain", "dans 10 jours", "sans date"], tableau.EnAttenteDeVous.Select(e => e.Intitule));
    }

    [Fact]
    public void Composer_FollowedItems_AreApartAndFinishedOnesLeftOut()
    {
        var tableau = TableauDeBordPersonnel.Composer(
        [
            Element("à signer", EtatElement.ActionAttendue, Maintenant.AddDays(5)),
            Element("chez les analystes", EtatElement.EnCours, Maintenant.AddDays(20)),
            Element("au comité", EtatElement.EnCours, Maintenant.AddDays(40)),
            Element("évaluation 2025", EtatElement.Termine, Maintenant.AddDays(-300)),
        ]);

        Assert.Equal(["à signer"], tableau.EnAttenteDeVous.Select(e => e.Intitule));
        Assert.Equal(["au comité", "chez les analystes"], tableau.EnCours.Select(e => e.Intitule));
        Assert.False(tableau.EstVide);
    }

    [Fact]
    public void Composer_OnlyFinishedItems_IsEmpty()
    {
        Assert.True(TableauDeBordPersonnel.Composer([Element("clôturé", EtatElement.Termine, null)]).EstVide);
    }

    [Fact]
    public void EstEnRetard_OnlyWhenTheMemberMustStillAct()
    {
        Assert.True(Element("x", EtatElement.ActionAttendue, Maintenant.AddMinutes(-1)).EstEnRetard(Maintenant));
        Assert.False(Element("x", EtatElement.ActionAttendue, Maintenant.AddMinutes(1)).EstEnRetard(Maintenant));
        Assert.False(Element("x", EtatElement.EnCours, Maintenant.AddDays(-1)).EstEnRetard(Maintenant));
        Assert.False(Element("x", EtatElement.ActionAttendue, null).EstEnRetard(Maintenant));
    }

    [Fact]
    public void ElementSuivi_WithoutTitle_IsRefused()
    {
        var erreur = Assert.Throws<RegleMetierException>(() => Element("  ", EtatElement.EnCours, null));

        Assert.Equal(CodesErreur.IntituleManquant, erreur.Code);
    }

    private static ElementSuivi Element(string intitule, EtatElement etat, DateTimeOffset? echeance) =>
        new(Guid.NewGuid().ToString(), NatureElement.Dossier, intitule, etat, echeance);
}
