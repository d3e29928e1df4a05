using TeamsConventions.Bench;

// No argument: the bot's HTTP benchmark. `--votes`: vote invokes. `--dossiers`: saving a dossier's step, card sizes,
// the Word document. `--conventions`: a signature press beside a step save, a convention's document. `--domaine`:
// calendars and the due-date index. `--classement`: a 20 MB document filed in the fake SharePoint, beside a plain PUT.
// `--floor PORT` / `--floor-table PORT CONNECTION` / `--floor-vote PORT CONNECTION`: the floors the bot is compared with.
if (args is ["--floor", var port])
{
    await Plancher.ServirAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--floor-table", var portTable, var connexion])
{
    await Plancher.ServirAsync(int.Parse(portTable, System.Globalization.CultureInfo.InvariantCulture), connexion);
    return 0;
}

if (args is ["--floor-vote", var portVote, var connexionVote])
{
    await Plancher.ServirLeVoteAsync(int.Parse(portVote, System.Globalization.CultureInfo.InvariantCulture), connexionVote);
    return 0;
}

if (args is ["--votes"])
{
    return await BancDesVotes.ExecuterAsync();
}

if (args is ["--dossiers"])
{
    return await BancDesDossiers.ExecuterAsync();
}

if (args is ["--conventions"])
{
    return await BancDesDossiers.ExecuterAsync(conventions: true);
}

if (args is ["--classement"])
{
    return await BancDuClassement.ExecuterAsync();
}

if (args is ["--domaine"])
{
    return await BancDuDomaine.ExecuterAsync();
}

return await Banc.ExecuterAsync();
