using Conventions.Erreurs;
using Conventions.Membres;

namespace Conventions.Tests.Membres;

public sealed class MembreIdTests
{
    [Fact]
    public void Depuis_EntraObjectId_IsCaseInsensitive()
    {
        Assert.Equal(MembreId.Depuis("0C6A2F7E-1D4B-4C1E-8A3F-5B9D7E2C4A11"), MembreId.Depuis("0c6a2f7e-1d4b-4c1e-8a3f-5b9d7e2c4a11"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("29:agent-cpas-seraing")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Depuis_NotAnEntraObjectId_IsRefusedWithAStableCode(string? valeur)
    {
        var erreur = Assert.Throws<RegleMetierException>(() => MembreId.Depuis(valeur));

        Assert.Equal(CodesErreur.MembreIdInvalide, erreur.Code);
        Assert.False(MembreId.EssayerDepuis(valeur, out _));
    }

    [Fact]
    public void DeLAdresse_SomeoneOutsideTheOrganisation_HasOneStableIdThatNoEntraIdCanBe()
    {
        var anne = MembreId.DeLAdresse(Conventions.Valeurs.AdresseMail.Depuis("anne.martin@cpas-seraing.be"));

        Assert.Equal(anne, MembreId.DeLAdresse(Conventions.Valeurs.AdresseMail.Depuis("Anne.Martin@CPAS-Seraing.be")));
        Assert.NotEqual(anne, MembreId.DeLAdresse(Conventions.Valeurs.AdresseMail.Depuis("paul.dupont@cpas-seraing.be")));
        Assert.Equal('5', anne.ToString()[14]);
        Assert.Equal(anne, MembreId.Depuis(anne.ToString()));
    }
}
