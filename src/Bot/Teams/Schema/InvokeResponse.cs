namespace TeamsConventions.Bot.Teams.Schema;

/// <summary>
/// The body of the HTTP 200 that answers an invoke. <see cref="StatusCode"/> is the real outcome
/// (Universal Action Model): a card, a message, or an error.
/// </summary>
public sealed record InvokeResponse(int StatusCode, string Type, object? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static InvokeResponse Carte(object carte) => new(200, CardType, carte);

    public static InvokeResponse Message(string texte) => new(200, MessageType, texte);

    public static InvokeResponse Erreur(int statusCode, string code, string message) =>
        new(statusCode, ErrorType, new { code, message });
}
