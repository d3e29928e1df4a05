using Conventions.Dossiers;

namespace Conventions.Tests.Dossiers;

public sealed class AppelAProjetsTests
{
    private static readonly AppelAProjets Appel = new("il-2027", "Initiatives locales 2027", "initiative-locale",
        new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2027, 5, 31, 23, 59, 0, TimeSpan.FromHours(2)));

    [Theory]
    [InlineData(-10, null)]
    [InlineData(-7, 7)]
    [InlineData(-3, 7)]
    [InlineData(-1, 1)]
    [InlineData(0, null)]
    public void RappelEnCours_SevenAndOneDaysBeforeTheClose_TheNearestReachedApplies(int joursAvant, int? attendu) =>
        Assert.Equal(attendu, Appel.RappelEnCours([7, 1], Appel.Cloture.AddDays(joursAvant)));

    [Fact]
    public void RappelEnCours_BothReachedBecauseNoReminderCouldBeSent_OnlyTheLatestIsSent() =>
        Assert.Equal(1, Appel.RappelEnCours([1, 7], Appel.Cloture.AddHours(-2)));
}
