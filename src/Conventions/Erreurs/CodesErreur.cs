namespace Conventions.Erreurs;

/// <summary>Stable codes of broken domain rules; each has a message in the bot's resources.</summary>
public static class CodesErreur
{
    public const string MembreIdInvalide = "membre.id-invalide";
    public const string IntituleManquant = "element.intitule-manquant";
}
