package app.wingspan.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A throw-away server for bench/run: the ceiling route's bytes from Netty's HTTP/1.1 codec (NIO
 * transport, one event loop per core), to measure an event-loop stack on the same route. Not a
 * server of the project: no auth, no metrics, any path. Unlike nginx and Jetty it sends no Date
 * header.
 *
 * <p>Usage: {@code NettyCeiling <port> <payload file>}.
 */
public final class NettyCeiling {
  private NettyCeiling() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: NettyCeiling <port> <payload file>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    ByteBuf payload =
        Unpooled.unreleasableBuffer(
            Unpooled.directBuffer().writeBytes(Files.readAllBytes(Path.of(args[1]))));
    EventLoopGroup loops =
        new MultiThreadIoEventLoopGroup(
            Runtime.getRuntime().availableProcessors(), NioIoHandler.newFactory());
    new ServerBootstrap()
        .group(loops)
        .channel(NioServerSocketChannel.class)
        .childHandler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new HttpServerCodec(), new Answer(payload));
              }
            })
        .bind("127.0.0.1", port)
        .sync()
        .channel()
        .closeFuture()
        .sync();
  }

  private static final class Answer extends ChannelInboundHandlerAdapter {
    private final ByteBuf payload;

    Answer(ByteBuf payload) {
      this.payload = payload;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) {
      try {
        if (message instanceof HttpRequest request) {
          FullHttpResponse response =
              new DefaultFullHttpResponse(
                  HttpVersion.HTTP_1_1, HttpResponseStatus.OK, payload.duplicate());
          response
              .headers()
              .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
              .setInt(HttpHeaderNames.CONTENT_LENGTH, payload.readableBytes());
          if (HttpUtil.isKeepAlive(request)) {
            ctx.write(response);
          } else {
            ctx.write(response).addListener(ChannelFutureListener.CLOSE);
          }
        }
      } finally {
        ReferenceCountUtil.release(message);
      }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      ctx.flush();
    }
  }
}
