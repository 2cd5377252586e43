using System.Buffers.Binary;
using System.Text;

namespace Analytics.Ingest.Readers.Conversion;

/// <summary>Just enough of the OLE compound file format ([MS-CFB]) to read the first sector of a named
/// stream: header, the FAT sectors the header lists, the directory chain. Every offset and chain is
/// bounds-checked; anything unexpected gives null rather than an exception.</summary>
internal static class CompoundFile
{
    private const uint EndOfChain = 0xFFFFFFFE;
    private const int MaxDirectorySectors = 4096;

    /// <summary>The first sector of the stream called <paramref name="name"/> when it lives in regular
    /// sectors (streams under the 4 KB cut-off live in the mini stream and are not followed); else null.</summary>
    public static ReadOnlySpan<byte> FirstSector(ReadOnlySpan<byte> file, string name)
    {
        if (file.Length < 512) return default;
        var shift = BinaryPrimitives.ReadUInt16LittleEndian(file[0x1E..]);
        if (shift is not (9 or 12)) return default;
        var sectorSize = 1 << shift;
        var miniCutoff = BinaryPrimitives.ReadUInt32LittleEndian(file[0x38..]);
        var fat = FatSectors(file);

        var directory = BinaryPrimitives.ReadUInt32LittleEndian(file[0x30..]);
        for (var steps = 0; directory != EndOfChain && steps < MaxDirectorySectors; steps++)
        {
            var sector = Sector(file, directory, sectorSize);
            if (sector.IsEmpty) return default;
            for (var offset = 0; offset + 128 <= sector.Length; offset += 128)
            {
                var entry = sector.Slice(offset, 128);
                if (entry[0x42] != 2 || EntryName(entry) != name) continue;
                var size = BinaryPrimitives.ReadUInt64LittleEndian(entry[0x78..]);
                if (size < miniCutoff) return default;
                return Sector(file, BinaryPrimitives.ReadUInt32LittleEndian(entry[0x74..]), sectorSize);
            }
            directory = Next(file, fat, directory, sectorSize);
        }
        return default;
    }

    private static string EntryName(ReadOnlySpan<byte> entry)
    {
        var length = BinaryPrimitives.ReadUInt16LittleEndian(entry[0x40..]);
        return length is < 2 or > 64 ? "" : Encoding.Unicode.GetString(entry[..(length - 2)]);
    }

    // The header lists the first 109 FAT sectors, which cover files up to 7 MB (512-byte sectors);
    // a longer chain through DIFAT sectors is not followed and the directory walk stops where it ends.
    private static List<uint> FatSectors(ReadOnlySpan<byte> file)
    {
        var count = Math.Min(109u, BinaryPrimitives.ReadUInt32LittleEndian(file[0x2C..]));
        var sectors = new List<uint>((int)count);
        for (var i = 0; i < count; i++) sectors.Add(BinaryPrimitives.ReadUInt32LittleEndian(file[(0x4C + 4 * i)..]));
        return sectors;
    }

    private static uint Next(ReadOnlySpan<byte> file, List<uint> fat, uint sector, int sectorSize)
    {
        var perSector = sectorSize / 4;
        var index = (int)(sector / (uint)perSector);
        if (index >= fat.Count) return EndOfChain;
        var fatSector = Sector(file, fat[index], sectorSize);
        return fatSector.IsEmpty ? EndOfChain : BinaryPrimitives.ReadUInt32LittleEndian(fatSector[(int)(sector % (uint)perSector * 4)..]);
    }

    private static ReadOnlySpan<byte> Sector(ReadOnlySpan<byte> file, uint sector, int sectorSize)
    {
        var offset = ((long)sector + 1) * sectorSize;
        return sector >= 0xFFFFFFFA || offset + sectorSize > file.Length ? default : file.Slice((int)offset, sectorSize);
    }
}
