using System.Net;
using System.Net.Sockets;

namespace TeamsConventions.Testing;

public static class FreePort
{
    public static int Trouver()
    {
        using var ecoute = new TcpListener(IPAddress.Loopback, 0);
        ecoute.Start();
        return ((IPEndPoint)ecoute.LocalEndpoint).Port;
    }

    public static async Task AttendreAsync(int port, TimeSpan delai, string nom)
    {
        var fin = DateTime.UtcNow + delai;
        while (DateTime.UtcNow < fin)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{nom} did not listen on 127.0.0.1:{port} within {delai.TotalSeconds} s.");
    }
}
