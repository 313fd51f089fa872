package app.wingspan.sdk;

import app.wingspan.model.ClientInvoice;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every invoice of {@link ClientInvoices#listAll(ListClientInvoicesRequest, RequestOptions)},
 * fetched page by page as iteration needs them. Nothing is fetched until the first {@code
 * hasNext()} (or the stream's terminal operation); each iteration starts again at the first page.
 * Not thread-safe per iterator.
 */
public final class ClientInvoicePages implements Iterable<ClientInvoice> {

  private final Function<ListClientInvoicesRequest, ListClientInvoicesResponse> fetch;
  private final ListClientInvoicesRequest first;

  ClientInvoicePages(
      Function<ListClientInvoicesRequest, ListClientInvoicesResponse> fetch,
      ListClientInvoicesRequest first) {
    this.fetch = fetch;
    this.first = first;
  }

  /**
   * Iterates over every invoice, fetching the next page when this one is used up.
   *
   * @return a new iterator, starting at the first page
   * @throws WingspanException from {@code hasNext()} or {@code next()} when a page's call fails
   */
  @Override
  public Iterator<ClientInvoice> iterator() {
    return new Invoices(pages());
  }

  /**
   * Every invoice as a sequential, lazy stream.
   *
   * @return a new stream, starting at the first page
   */
  public Stream<ClientInvoice> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * The pages themselves, for their headers or to know where a page ends.
   *
   * @return a new iterator of responses, the first page first
   */
  public Iterator<ListClientInvoicesResponse> pages() {
    return new Pages();
  }

  /** Describes the first page's request. */
  @Override
  public String toString() {
    return "ClientInvoicePages{first=" + first + "}";
  }

  private final class Pages implements Iterator<ListClientInvoicesResponse> {
    private ListClientInvoicesRequest next = first;

    @Override
    public boolean hasNext() {
      return next != null;
    }

    @Override
    public ListClientInvoicesResponse next() {
      if (next == null) {
        throw new NoSuchElementException("no page after the last one");
      }
      ListClientInvoicesResponse page =
          Objects.requireNonNull(fetch.apply(next), "list returned null");
      ListClientInvoicesRequest following = page.nextPage().orElse(null);
      // A server that hands back the cursor it was given would make this loop forever.
      next =
          following != null && Objects.equals(following.cursor(), next.cursor()) ? null : following;
      return page;
    }
  }

  private static final class Invoices implements Iterator<ClientInvoice> {
    private final Iterator<ListClientInvoicesResponse> pages;
    private Iterator<ClientInvoice> current = Collections.emptyIterator();

    Invoices(Iterator<ListClientInvoicesResponse> pages) {
      this.pages = pages;
    }

    @Override
    public boolean hasNext() {
      // Empty pages with a next cursor are skipped, not taken for the end.
      while (!current.hasNext() && pages.hasNext()) {
        current = pages.next().clientInvoices().iterator();
      }
      return current.hasNext();
    }

    @Override
    public ClientInvoice next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no invoice after the last page");
      }
      return current.next();
    }
  }
}
