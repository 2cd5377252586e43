using Analytics.Search.Indexing;
using Analytics.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Analytics.Search.Tests;

public sealed class NearRealTimeTests
{
    [Fact]
    public void Put_is_searchable_at_once_but_durable_only_after_commit()
    {
        using var directory = new RAMDirectory();
        using var index = PlanIndex.Open(directory);
        index.Commit();
        index.Put(Records.Small()[2]);

        var outcome = index.Search(new SearchRequest("bếp ăn"));
        Assert.Equal("c.txt#0/0", Assert.Single(outcome.Response!.Hits).Id);
        using (var committed = DirectoryReader.Open(directory)) Assert.Equal(0, committed.NumDocs);

        index.Commit();
        using (var committed = DirectoryReader.Open(directory)) Assert.Equal(2, committed.NumDocs);
    }
}
