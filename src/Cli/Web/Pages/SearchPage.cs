using System.Text;
using Analytics.Search.Facets;
using Analytics.Search.Querying;

namespace Analytics.Cli.Web.Pages;

/// <summary>The search screen: one box, facet panels with counts, hits with marked snippets, paging,
/// grouping by plan or by item. The whole state is in the URL, so a search can be shared.</summary>
internal static class SearchPage
{
    public const int PageSize = 20;

    public static string Render(SearchIndexHolder index, string? query, int page, bool byPlan)
    {
        query = (query ?? "").Trim();
        page = Math.Max(1, page);
        var body = new StringBuilder();
        body.Append("<h1>Tìm kiếm trong các kế hoạch</h1>")
            .Append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">")
            .Append("<label for=\"q\" class=\"skip\">Từ khóa</label>")
            .Append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").Append(Html.E(query))
            .Append("\" placeholder=\"ví dụ: thu vien, sân tập province:&quot;Hải Phòng&quot;, criterion:3.6\" autofocus>")
            .Append("<label><input type=\"checkbox\" name=\"by\" value=\"plan\"").Append(byPlan ? " checked" : "").Append("> Nhóm theo kế hoạch</label>")
            .Append("<button type=\"submit\">Tìm</button></form>");

        var effective = query.Length == 0 ? "*" : query;
        var wanted = page * PageSize * (byPlan ? PlanGroups.ItemsPerPlanFetched : 1);
        var outcome = index.Search(new SearchRequest(effective) { Top = wanted, Facets = true, FacetTop = 12 });
        if (!outcome.IsSuccess)
        {
            body.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(Wording.QueryErrorWording.Vietnamese(outcome.Error!))).Append("</p>")
                .Append("<p class=\"summary\">").Append(Html.E(QuerySyntax.Help)).Append("</p>");
            return Layout.Page("Tìm kiếm", "search", body.ToString());
        }

        var response = outcome.Response!;
        if (index.IsOldFormat)
            body.Append("<p class=\"error\" role=\"status\">Chỉ mục tìm kiếm được tạo bởi phiên bản cũ của chương trình: ")
                .Append("một số thông tin (như địa bàn trước đây) chưa hiện. Chạy <code>plans index --rebuild</code> để tạo lại chỉ mục.</p>");
        if (index.IsBehind)
            body.Append("<p class=\"error\" role=\"status\">Chỉ mục tìm kiếm chưa theo kịp kho dữ liệu (một lần nhập đang chạy hoặc đã dừng giữa chừng): ")
                .Append("có thể thiếu các kế hoạch mới nhất. Chạy <code>plans index</code> để cập nhật.</p>");
        body.Append("<div class=\"layout\"><aside class=\"facets\" aria-label=\"Bộ lọc\">");
        foreach (var facet in response.Facets.Where(f => f.Values.Count > 0)) AppendFacet(body, facet, query, byPlan);
        body.Append("</aside><section aria-label=\"Kết quả\">")
            .Append("<p class=\"summary\" aria-live=\"polite\">").Append(response.TotalHits).Append(" nội dung khớp")
            .Append(query.Length == 0 ? " (tất cả)" : "").Append(".</p>");

        int shown;
        if (byPlan)
        {
            var groups = PlanGroups.Of(response.Hits).ToList();
            var pageGroups = groups.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            shown = pageGroups.Count;
            body.Append("<ol class=\"hits\">");
            foreach (var group in pageGroups)
            {
                body.Append("<li class=\"hit\"><h3><a href=\"/plan?id=").Append(Html.E(Html.U(group.PlanId))).Append("\">")
                    .Append(Html.E(group.School ?? group.Source)).Append("</a></h3>")
                    .Append("<div class=\"meta\"><span>").Append(group.Items.Count).Append(" nội dung khớp</span><span>")
                    .Append(Html.E(group.Source)).Append("</span></div><ul>");
                foreach (var hit in group.Items.Take(3)) body.Append("<li>").Append(Snippet(hit)).Append("</li>");
                body.Append("</ul></li>");
            }
            body.Append("</ol>");
            Pager(body, query, page, byPlan, hasMore: groups.Count > page * PageSize || response.TotalHits > wanted);
        }
        else
        {
            var hits = response.Hits.Skip((page - 1) * PageSize).Take(PageSize).ToList();
            shown = hits.Count;
            body.Append("<ol class=\"hits\">");
            foreach (var hit in hits) AppendHit(body, hit);
            body.Append("</ol>");
            Pager(body, query, page, byPlan, hasMore: response.TotalHits > page * PageSize);
        }
        if (shown == 0) body.Append("<p>Không có kết quả. Thử bỏ bớt từ khóa hoặc bộ lọc.</p>");
        body.Append("</section></div>");
        return Layout.Page(query.Length == 0 ? "Tìm kiếm" : query, "search", body.ToString());
    }

    private static void AppendHit(StringBuilder body, SearchHit hit)
    {
        body.Append("<li class=\"hit\"><h3><a href=\"/plan?id=").Append(Html.E(Html.U(hit.PlanId))).Append("\">")
            .Append(Html.E(hit.School ?? hit.Source)).Append("</a>");
        if (hit.Criterion is not null)
            body.Append(" — Tiêu chí ").Append(Html.E(hit.Criterion)).Append(hit.CriterionName is null ? "" : ": " + Html.E(hit.CriterionName));
        body.Append("</h3><p>").Append(Snippet(hit)).Append("</p><div class=\"meta\">");
        if (hit.Budget is not null) body.Append("<span>Kinh phí: ").Append(Html.E(hit.Budget)).Append("</span>");
        if (hit.Timeline is not null) body.Append("<span>Thời gian: ").Append(Html.E(hit.Timeline)).Append("</span>");
        if (hit.Funding is not null) body.Append("<span>Nguồn: ").Append(Html.E(hit.Funding)).Append("</span>");
        if (HitPlace.Of(hit) is { } place) body.Append("<span class=\"place\">Địa bàn: ").Append(Html.E(place)).Append("</span>");
        body.Append("<span>").Append(Html.E(hit.Source)).Append("</span></div></li>");
    }

    /// <summary>The snippet with matches in &lt;mark&gt;; text between marks is escaped piece by piece.</summary>
    internal static string Snippet(SearchHit hit)
    {
        var snippet = hit.Snippet;
        var html = new StringBuilder(snippet.Text.Length + 64);
        var at = 0;
        foreach (var mark in snippet.Marks)
        {
            html.Append(Html.E(snippet.Text[at..mark.Start])).Append("<mark>")
                .Append(Html.E(snippet.Text.Substring(mark.Start, mark.Length))).Append("</mark>");
            at = mark.Start + mark.Length;
        }
        return html.Append(Html.E(snippet.Text[at..])).ToString();
    }

    private static void AppendFacet(StringBuilder body, FacetResult facet, string query, bool byPlan)
    {
        body.Append("<details open><summary>").Append(Labels.Facet(facet.Facet)).Append("</summary><ul>");
        foreach (var value in facet.Values)
        {
            var refined = (query + " " + facet.Facet + ":\"" + value.Label.Replace("\"", "") + "\"").Trim();
            body.Append("<li><a href=\"").Append(Html.E(Url(refined, 1, byPlan))).Append("\">")
                .Append(Html.E(Labels.FacetValue(facet.Facet, value.Label))).Append("</a><span class=\"count\" data-facet=\"")
                .Append(Html.E(facet.Facet)).Append("\" data-value=\"").Append(Html.E(value.Label)).Append("\">")
                .Append(value.Count).Append("</span></li>");
        }
        body.Append("</ul></details>");
    }

    private static void Pager(StringBuilder body, string query, int page, bool byPlan, bool hasMore)
    {
        body.Append("<nav class=\"pager\" aria-label=\"Trang\">");
        if (page > 1) body.Append("<a href=\"").Append(Html.E(Url(query, page - 1, byPlan))).Append("\">← Trang trước</a>");
        body.Append("<span>Trang ").Append(page).Append("</span>");
        if (hasMore) body.Append("<a href=\"").Append(Html.E(Url(query, page + 1, byPlan))).Append("\">Trang sau →</a>");
        body.Append("</nav>");
    }

    private static string Url(string query, int page, bool byPlan) =>
        "/?q=" + Html.U(query) + (page > 1 ? "&page=" + page : "") + (byPlan ? "&by=plan" : "");
}
