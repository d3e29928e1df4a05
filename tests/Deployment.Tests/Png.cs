using System.Buffers.Binary;
using System.IO.Compression;

namespace TeamsConventions.Deployment.Tests;

/// <summary>Just enough of PNG to check icons: size, colour type, and the RGBA pixels of an 8-bit image.</summary>
internal sealed record Png(int Largeur, int Hauteur, byte TypeDeCouleur, byte[] Rgba)
{
    public static Png Lire(byte[] octets)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], octets[..8]);
        int largeur = 0, hauteur = 0;
        byte profondeur = 0, couleur = 0;
        using var donnees = new MemoryStream();
        for (var i = 8; i < octets.Length;)
        {
            var longueur = BinaryPrimitives.ReadInt32BigEndian(octets.AsSpan(i));
            var type = System.Text.Encoding.ASCII.GetString(octets, i + 4, 4);
            var contenu = octets.AsSpan(i + 8, longueur);
            if (type == "IHDR")
            {
                largeur = BinaryPrimitives.ReadInt32BigEndian(contenu);
                hauteur = BinaryPrimitives.ReadInt32BigEndian(contenu[4..]);
                profondeur = contenu[8];
                couleur = contenu[9];
            }
            else if (type == "IDAT")
            {
                donnees.Write(contenu);
            }

            i += 12 + longueur;
        }

        return new Png(largeur, hauteur, couleur, couleur == 6 && profondeur == 8 ? Decoder(donnees.ToArray(), largeur, hauteur) : []);
    }

    private static byte[] Decoder(byte[] compresse, int largeur, int hauteur)
    {
        using var flux = new ZLibStream(new MemoryStream(compresse), CompressionMode.Decompress);
        using var brut = new MemoryStream();
        flux.CopyTo(brut);
        var octets = brut.ToArray();
        var ligne = largeur * 4;
        var pixels = new byte[ligne * hauteur];
        for (var y = 0; y < hauteur; y++)
        {
            var filtre = octets[y * (ligne + 1)];
            for (var x = 0; x < ligne; x++)
            {
                var a = x >= 4 ? pixels[(y * ligne) + x - 4] : 0;
                var b = y > 0 ? pixels[((y - 1) * ligne) + x] : 0;
                var c = x >= 4 && y > 0 ? pixels[((y - 1) * ligne) + x - 4] : 0;
                var valeur = octets[(y * (ligne + 1)) + 1 + x];
                pixels[(y * ligne) + x] = (byte)(valeur + filtre switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"PNG filter {filtre}"),
                });
            }
        }

        return pixels;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
