using TeamsConventions.Bot.Resources;

namespace TeamsConventions.Bot.Teams;

/// <summary>JSON error bodies of <c>/api/messages</c>: a stable code and a bilingual message, never a stack trace.</summary>
internal static class HttpErreurs
{
    public static IResult Json(int statut, string code, string cleTexte, params object[] valeurs) =>
        Results.Json(new { error = new { code, message = Textes.Bilingue(cleTexte, valeurs) } }, statusCode: statut);
}
