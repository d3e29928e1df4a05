using TeamsConventions.Bench;

// No argument: the bot's HTTP benchmark. `--domaine`: calendars and the due-date index. `--floor PORT`: the bare endpoint the bot is compared with.
if (args is ["--floor", var port])
{
    await Plancher.ServirAsync(int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["--domaine"])
{
    return await BancDuDomaine.ExecuterAsync();
}

return await Banc.ExecuterAsync();
