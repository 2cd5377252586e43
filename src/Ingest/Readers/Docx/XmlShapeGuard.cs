using System.Xml;

namespace Analytics.Ingest.Readers.Docx;

/// <summary>One forward-only pass over a package's XML part before the Open XML SDK loads it: the SDK
/// builds its tree by recursion per element, so a part nested thousands deep overflows the stack (which
/// no handler can catch) and one with millions of elements takes minutes. Real Word and Excel parts nest a
/// few dozen deep.</summary>
internal sealed class XmlShapeGuard(int maxDepth, long maxElements)
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
        IgnoreWhitespace = true,
        IgnoreComments = true,
    };

    private long _elements;

    /// <summary>Returns why the part is refused, or null. Elements are counted across every part checked
    /// by this guard, so a package cannot spread a flood over many parts.</summary>
    public string? Check(Stream xml, string partName)
    {
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Depth >= maxDepth)
                    return $"part {partName} nests elements more than {maxDepth} deep; not a plausible document";
                if (++_elements > maxElements)
                    return $"the package has more than {maxElements:N0} XML elements; not a plausible document";
            }
            return null;
        }
        catch (XmlException)
        {
            // Not well-formed: whether that matters (a part Word never reads, an odd encoding) is the
            // SDK's call; the depth and count seen up to the fault were within the limits.
            return null;
        }
    }

    public static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
